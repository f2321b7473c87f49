import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import type { ChangeSet } from "./diff";
import type { AuditEntityType } from "./events";

export type HistoryEntryDTO = {
  id: string;
  /** ISO instant */
  at: string;
  actorName: string | null;
  /** "<entityType>.<verb>", e.g. "programme.published" */
  action: string;
  changes: ChangeSet;
};

/** The audit trail of one entry, newest first, for its history view in the editor area. */
export async function getEntityHistory(actor: Actor | null, entityType: AuditEntityType, entityId: string, { take = 200 } = {}): Promise<HistoryEntryDTO[]> {
  assertCan(actor, "editor.access");
  const rows = await db.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, createdAt: true, action: true, changes: true, actor: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    at: row.createdAt.toISOString(),
    actorName: row.actor?.name ?? null,
    action: row.action,
    changes: isChangeSet(row.changes) ? row.changes : {},
  }));
}

function isChangeSet(value: unknown): value is ChangeSet {
  return !!value && typeof value === "object" && !Array.isArray(value);
}
