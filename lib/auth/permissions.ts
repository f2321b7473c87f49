import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/db/enums";
import type { Actor } from "./actor";

// The one role table (docs/conventions.md, rule 5). Services call assertCan() for every mutation; pages and
// proxy.ts only redirect early and are not the security boundary.
export const CONTENT_TYPES = ["programme", "advisor", "provider", "event", "initiative", "news"] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

const CONTENT_ACTIONS = [
  "create",
  "update",
  "submit", // DRAFT → IN_REVIEW
  "publish", // → PUBLISHED
  "unpublish", // PUBLISHED → DRAFT
  "archive", // "delete": restorable
  "restore",
  "verify", // "zuletzt geprüft" confirmation
] as const;
type ContentAction = `${ContentType}.${(typeof CONTENT_ACTIONS)[number]}`;

export type Permission =
  | ContentAction
  | "editor.access" // open /redaktion and read drafts, previews, histories
  | "organisation.manage"
  | "taxonomy.manage" // topics and synonyms
  | "import.run"
  | "export.run"
  | "audit.readAll"
  | "user.manage"
  | "user.invite" // issue 5: invite an advisor or provider contact to their existing entry
  | "profile.editOwn" // issue 5: an advisor's or provider's own entry, as a pending revision
  | "profile.proposeLogo" // issue 14: a provider's own logo, in the same pending revision
  | "revision.review"
  | "mail.readBodies" // issue 11: full (redacted) mail bodies in the outbox; others see only that a mail went out
  | "mail.retry" // issue 12: send a mail the queue finally gave up on once more
  | "security.read" // the log of refused actions (lib/security-log)
  | "feedback.manage" // issue 20: reports of barriers from the accessibility statement
  | "legalNotice.manage"; // issue 20: the Impressum and the sign-language video (legal responsibility: admins only)

const contentPermissions = (actions: readonly (typeof CONTENT_ACTIONS)[number][]): Permission[] =>
  CONTENT_TYPES.flatMap((type) => actions.map((action) => `${type}.${action}` as const));

const EDITOR: Permission[] = [
  ...contentPermissions(CONTENT_ACTIONS),
  "editor.access",
  "organisation.manage",
  "taxonomy.manage",
  "import.run",
  "export.run",
  "revision.review",
  "user.invite",
  "feedback.manage",
];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  ADMIN: new Set<Permission>([...EDITOR, "audit.readAll", "user.manage", "mail.readBodies", "mail.retry", "security.read", "legalNotice.manage"]),
  EDITOR: new Set<Permission>(EDITOR),
  ADVISOR: new Set<Permission>(["profile.editOwn"]),
  PROVIDER: new Set<Permission>(["profile.editOwn", "profile.proposeLogo"]),
};

export function can(actor: Pick<Actor, "role"> | null | undefined, permission: Permission): boolean {
  return !!actor && ROLE_PERMISSIONS[actor.role].has(permission);
}

/** Throws FORBIDDEN (or UNAUTHENTICATED without an actor); returns the actor for chaining. */
export function assertCan(actor: Actor | null | undefined, permission: Permission): Actor {
  // The permission travels with the error so the refusal log (lib/security-log) can name it.
  if (!actor) throw new AppError("UNAUTHENTICATED", `not signed in for ${permission}`, { permission });
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", `${actor.role} may not ${permission}`, { permission });
  return actor;
}

/** For reads of the actor's own account, open to every role: throws UNAUTHENTICATED without an actor. */
export function assertSignedIn(actor: Actor | null | undefined): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "not signed in");
  return actor;
}
