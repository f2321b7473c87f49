import { AppError } from "@/lib/errors";
import { can, type ContentType, type Permission } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { ContentAuditVerb } from "@/lib/audit/events";
import type { PublicationStatus } from "@/lib/db/enums";

// The publication workflow shared by programmes, advisors and providers. Pure: services call
// assertTransition() inside their transaction with the row's current status.
export const TRANSITIONS = ["submit", "publish", "unpublish", "archive", "restore"] as const;
export type Transition = (typeof TRANSITIONS)[number];

type Rule = {
  from: readonly PublicationStatus[];
  to: PublicationStatus;
  /** the verb of the audit action, e.g. "programme.published" */
  auditVerb: ContentAuditVerb;
};

export const WORKFLOW: Record<Transition, Rule> = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", auditVerb: "submitted" },
  // Editors may publish a draft directly; the review step is for entries others prepared.
  publish: { from: ["DRAFT", "IN_REVIEW"], to: "PUBLISHED", auditVerb: "published" },
  // Back to the draft: takes a published entry offline, or sends an entry in review back.
  unpublish: { from: ["PUBLISHED", "IN_REVIEW"], to: "DRAFT", auditVerb: "unpublished" },
  // "Deleting" is archiving, from any state, and restorable.
  archive: { from: ["DRAFT", "IN_REVIEW", "PUBLISHED"], to: "ARCHIVED", auditVerb: "archived" },
  restore: { from: ["ARCHIVED"], to: "DRAFT", auditVerb: "restored" },
};

export const isTransition = (value: unknown): value is Transition =>
  typeof value === "string" && (TRANSITIONS as readonly string[]).includes(value);

export const transitionPermission = (type: ContentType, transition: Transition): Permission =>
  `${type}.${transition}` as Permission;

export const canTransitionFrom = (status: PublicationStatus, transition: Transition): boolean =>
  WORKFLOW[transition].from.includes(status);

/** The transitions this actor may start from this status, in the table's order. */
export function allowedTransitions(actor: Pick<Actor, "role"> | null, type: ContentType, status: PublicationStatus): Transition[] {
  return TRANSITIONS.filter((t) => canTransitionFrom(status, t) && can(actor, transitionPermission(type, t)));
}

/**
 * Throws INVALID ("errors.transitionNotAllowed") when the entry's status does not allow the
 * transition; returns the rule. The permission is checked before (assertCan), outside the
 * transaction, so a refused actor never touches the row.
 */
export function assertTransition(status: PublicationStatus, transition: Transition): Rule {
  if (!canTransitionFrom(status, transition)) {
    throw new AppError("INVALID", "errors.transitionNotAllowed");
  }
  return WORKFLOW[transition];
}

/**
 * publishedAt means "public since": set when the entry goes public, cleared when it leaves the
 * public site (unpublish, archive). Other transitions leave it alone.
 */
export function publishedAtAfter(transition: Transition, current: Date | null, now: Date = new Date()): Date | null {
  const rule = WORKFLOW[transition];
  if (rule.to === "PUBLISHED") return now;
  if (rule.to === "DRAFT" || rule.to === "ARCHIVED") return null;
  return current;
}

/** The data of a "zuletzt geprüft" confirmation: one click, no content change, no version bump. */
export const verifiedData = (now: Date = new Date()) => ({ lastVerifiedAt: now });
