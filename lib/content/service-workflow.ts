import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, type ContentType } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import type { PublicationStatus, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { staleVersionError } from "./conflict";
import { assertTransition, publishedAtAfter, transitionPermission, verifiedData, type Transition } from "./workflow";

// Status changes and "zuletzt geprüft" of every content type, written once: permission, the
// optimistic lock on `version`, the workflow table (./workflow.ts) and the audit row, all in the
// caller's transaction. The type's service adds what only it knows (search documents of linked
// entries, cache tags).

type Row = { id: string; slug: string; status: PublicationStatus; version: number; publishedAt: Date | null; lastVerifiedAt: Date };
// The content delegates share this shape; one code path serves them all.
type Delegate = {
  findUnique(args: { where: { id: string }; select: Record<keyof Row, true> }): Promise<Row | null>;
  updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }>;
};

const ROW_SELECT = { id: true, slug: true, status: true, version: true, publishedAt: true, lastVerifiedAt: true } as const;

const delegateOf = (tx: Tx, type: ContentType) => tx[type] as unknown as Delegate;

/** What the audit row of a status change compares; a type may store more (its whole editor state). */
export type AuditState = (tx: Tx, id: string) => Promise<Record<string, unknown>>;
const workflowColumns = (row: Pick<Row, "status" | "publishedAt">) => ({ status: row.status, publishedAt: row.publishedAt });

async function findRow(tx: Tx, type: ContentType, id: string): Promise<Row> {
  const row = await delegateOf(tx, type).findUnique({ where: { id }, select: ROW_SELECT });
  if (!row) throw new AppError("NOT_FOUND", `${type} ${id}`);
  return row;
}

/**
 * Applies one transition under the optimistic lock (the version the panel was rendered with,
 * when given; else the version just read) and records it in the same transaction.
 */
export async function applyTransition(
  tx: Tx,
  actor: Actor,
  type: ContentType,
  id: string,
  transition: Transition,
  expectedVersion?: number,
  auditState?: AuditState,
): Promise<{ before: Row; after: Row }> {
  assertCan(actor, transitionPermission(type, transition));
  const before = await findRow(tx, type, id);
  if (expectedVersion !== undefined && before.version !== expectedVersion) throw staleVersionError(before.version);
  const rule = assertTransition(before.status, transition);
  const auditBefore = auditState ? await auditState(tx, id) : workflowColumns(before);
  const publishedAt = publishedAtAfter(transition, before.publishedAt);
  const { count } = await delegateOf(tx, type).updateMany({
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
    before: auditBefore,
    after: auditState ? await auditState(tx, id) : workflowColumns(after),
  });
  return { before, after };
}

/**
 * "Zuletzt geprüft" in one click. It does not raise the version: confirming that the entry is
 * still right must not turn someone's open edit form into a conflict.
 */
export async function applyVerify(tx: Tx, actor: Actor, type: ContentType, id: string): Promise<Row> {
  assertCan(actor, `${type}.verify`);
  const before = await findRow(tx, type, id);
  const data = verifiedData();
  await delegateOf(tx, type).updateMany({ where: { id }, data });
  await recordAudit(tx, {
    actor,
    action: `${type}.verified`,
    entityType: type,
    entityId: id,
    before: { lastVerifiedAt: before.lastVerifiedAt },
    after: { lastVerifiedAt: data.lastVerifiedAt },
  });
  return { ...before, ...data };
}
