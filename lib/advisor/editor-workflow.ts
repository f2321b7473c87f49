import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { PublicationStatus, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";

// Status changes of directory entries (advisors, providers). Each transition has its own
// permission ("advisor.publish" …); publish and unpublish are separate permissions.
export const DIRECTORY_TRANSITIONS = {
  submit: { from: ["DRAFT"], to: "IN_REVIEW", verb: "submitted" },
  withdraw: { from: ["IN_REVIEW"], to: "DRAFT", verb: "withdrawn", permission: "submit" },
  publish: { from: ["DRAFT", "IN_REVIEW"], to: "PUBLISHED", verb: "published" },
  unpublish: { from: ["PUBLISHED"], to: "DRAFT", verb: "unpublished" },
  archive: { from: ["DRAFT", "IN_REVIEW", "PUBLISHED"], to: "ARCHIVED", verb: "archived" },
  restore: { from: ["ARCHIVED"], to: "DRAFT", verb: "restored" },
} as const satisfies Record<string, { from: readonly PublicationStatus[]; to: PublicationStatus; verb: string; permission?: string }>;

export type DirectoryTransition = keyof typeof DIRECTORY_TRANSITIONS;
export const DIRECTORY_TRANSITION_NAMES = Object.keys(DIRECTORY_TRANSITIONS) as DirectoryTransition[];
type EntityType = "advisor" | "provider";

export function permissionFor(type: EntityType, transition: DirectoryTransition) {
  const rule = DIRECTORY_TRANSITIONS[transition];
  return `${type}.${"permission" in rule ? rule.permission : transition}` as `${EntityType}.${"submit" | "publish" | "unpublish" | "archive" | "restore"}`;
}

/** Transitions the entry's status allows (the workflow panel still hides those the actor may not do). */
export function availableTransitions(status: PublicationStatus): DirectoryTransition[] {
  return DIRECTORY_TRANSITION_NAMES.filter((name) => (DIRECTORY_TRANSITIONS[name].from as readonly string[]).includes(status));
}

type Row = { id: string; slug: string; status: PublicationStatus; version: number; publishedAt: Date | null };
type Delegate = {
  findUnique(args: { where: { id: string }; select: Record<keyof Row, true> }): Promise<Row | null>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
};

const ROW_SELECT = { id: true, slug: true, status: true, version: true, publishedAt: true } as const;

/**
 * Applies one transition with an optimistic lock (the version the panel was rendered with, when
 * given) and records it. Returns the row before and after; the caller syncs the search index.
 */
export async function applyTransition(
  tx: Tx,
  actor: Actor,
  type: EntityType,
  id: string,
  transition: DirectoryTransition,
  expectedVersion?: number,
): Promise<{ before: Row; after: Row }> {
  assertCan(actor, permissionFor(type, transition));
  const rule = DIRECTORY_TRANSITIONS[transition];
  const delegate = (type === "advisor" ? tx.advisor : tx.provider) as unknown as Delegate;
  const before = await delegate.findUnique({ where: { id }, select: ROW_SELECT });
  if (!before) throw new AppError("NOT_FOUND", `${type} ${id}`);
  if (expectedVersion !== undefined && before.version !== expectedVersion) {
    throw new AppError("CONFLICT", "errors.conflict", { current: { changes: {}, currentVersion: before.version } });
  }
  if (!(rule.from as readonly string[]).includes(before.status)) throw new AppError("INVALID", "errors.transitionNotAllowed");

  const publishedAt = rule.to === "PUBLISHED" ? (before.publishedAt ?? new Date()) : before.publishedAt;
  const { count } = await delegate.updateMany({
    where: { id, version: before.version, status: before.status },
    data: { status: rule.to, publishedAt, version: { increment: 1 } },
  });
  if (count === 0) throw new AppError("CONFLICT", "errors.conflict", { current: { changes: {}, currentVersion: before.version } });
  const after = { ...before, status: rule.to, publishedAt, version: before.version + 1 };
  await recordAudit(tx, {
    actor,
    action: `${type}.${rule.verb}`,
    entityType: type,
    entityId: id,
    before: { status: before.status, publishedAt: before.publishedAt },
    after: { status: after.status, publishedAt: after.publishedAt },
  });
  return { before, after };
}
