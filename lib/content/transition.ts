import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import type { PublicationStatus, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { staleVersionError } from "./conflict";
import { assertTransition, publishedAtAfter, transitionPermission, type Transition } from "./workflow";

// Status changes of content entries along the shared workflow table (./workflow.ts); each
// transition has its own permission ("advisor.publish" …).

type EntityType = "advisor" | "provider";
type Row = { id: string; slug: string; status: PublicationStatus; version: number; publishedAt: Date | null };
// The two delegates share this shape; one code path serves both.
type Delegate = {
  findUnique(args: { where: { id: string }; select: Record<keyof Row, true> }): Promise<Row | null>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
};

const ROW_SELECT = { id: true, slug: true, status: true, version: true, publishedAt: true } as const;

/**
 * Applies one transition under an optimistic lock (the version the panel was rendered with, when
 * given) and records it in the same transaction. The caller syncs the search index.
 */
export async function applyTransition(
  tx: Tx,
  actor: Actor,
  type: EntityType,
  id: string,
  transition: Transition,
  expectedVersion?: number,
): Promise<{ before: Row; after: Row }> {
  assertCan(actor, transitionPermission(type, transition));
  const delegate = (type === "advisor" ? tx.advisor : tx.provider) as unknown as Delegate;
  const before = await delegate.findUnique({ where: { id }, select: ROW_SELECT });
  if (!before) throw new AppError("NOT_FOUND", `${type} ${id}`);
  if (expectedVersion !== undefined && before.version !== expectedVersion) {
    throw staleVersionError(before.version);
  }
  const rule = assertTransition(before.status, transition);
  const publishedAt = publishedAtAfter(transition, before.publishedAt);
  const { count } = await delegate.updateMany({
    where: { id, version: before.version, status: before.status },
    data: { status: rule.to, publishedAt, version: { increment: 1 } },
  });
  if (count === 0) throw staleVersionError(before.version);
  const after = { ...before, status: rule.to, publishedAt, version: before.version + 1 };
  await recordAudit(tx, {
    actor,
    action: `${type}.${rule.auditVerb}`,
    entityType: type,
    entityId: id,
    before: { status: before.status, publishedAt: before.publishedAt },
    after: { status: after.status, publishedAt: after.publishedAt },
  });
  return { before, after };
}
