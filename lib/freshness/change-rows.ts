import "server-only";
import type { ChangeSet } from "@/lib/audit/diff";
import type { Prisma } from "@/lib/db/client";
import type { RecentChangeDTO } from "./dto";
import { editHref } from "./edit-href";
import { entityTitles, titleOf } from "./entity-titles";

// An audit row as a reader sees it: the dashboard's recent changes and the change log show the same.

export const CHANGE_ROW_SELECT = { id: true, action: true, entityType: true, entityId: true, changes: true, createdAt: true, actor: { select: { name: true } } } satisfies Prisma.AuditLogSelect;

type ChangeRow = Prisma.AuditLogGetPayload<{ select: typeof CHANGE_ROW_SELECT }>;

/** Names of the changed fields; the id (part of every "created" row) says nothing to a reader. */
export function changedFields(changes: unknown): string[] {
  return changes && typeof changes === "object" && !Array.isArray(changes) ? Object.keys(changes as ChangeSet).filter((field) => field !== "id") : [];
}

/** Looks up the current titles of the rows' entries once, then describes each row. */
export async function changeDescriber(rows: readonly ChangeRow[]): Promise<(row: ChangeRow) => RecentChangeDTO> {
  const titles = await entityTitles(rows);
  return (row: ChangeRow): RecentChangeDTO => ({
    id: row.id,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    title: titleOf(titles, row),
    editHref: editHref(row.entityType, row.entityId),
    actorName: row.actor?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    fields: changedFields(row.changes),
  });
}
