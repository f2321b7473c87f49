import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { editHref } from "@/lib/freshness/edit-href";
import { entityTitles, titleOf } from "@/lib/freshness/entity-titles";
import { changedFields } from "@/lib/freshness/queries";
import type { ChangeSet } from "./diff";

// The admin change log (/redaktion/protokoll): every audit row, newest first, filterable.

export const AUDIT_ENTITY_TYPES = ["programme", "advisor", "provider", "organisation", "topic", "synonymGroup", "user", "import"] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
export const AUDIT_PAGE_SIZE = 50;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalId = z.preprocess((v) => (first(v) === "" ? undefined : first(v)), z.string().trim().max(100).regex(/^[\w-]+$/).optional().catch(undefined));

// Unknown or malformed values mean "no filter", never an error page.
const paramsSchema = z.object({
  benutzer: optionalId,
  typ: z.preprocess((v) => (first(v) === "" ? undefined : first(v)), z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined)),
  eintrag: optionalId,
  seite: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type AuditListParams = { userId?: string; entityType?: AuditEntityType; entityId?: string; page: number };

export function parseAuditListParams(searchParams: Record<string, string | string[] | undefined>): AuditListParams {
  const { benutzer, typ, eintrag, seite } = paramsSchema.parse(searchParams);
  return { userId: benutzer, entityType: typ, entityId: eintrag, page: seite };
}

export interface AuditRowDTO {
  id: string;
  createdAt: string;
  action: string;
  entityType: string;
  entityId: string;
  title: string | null;
  editHref: string | null;
  actorName: string | null;
  fields: string[];
  changes: ChangeSet;
}

export async function listAuditLog(actor: Actor, params: AuditListParams) {
  assertCan(actor, "audit.readAll");
  const where = {
    ...(params.userId ? { actorId: params.userId } : {}),
    ...(params.entityType ? { entityType: params.entityType } : {}),
    ...(params.entityId ? { entityId: params.entityId } : {}),
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (params.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, action: true, entityType: true, entityId: true, changes: true, createdAt: true, actor: { select: { name: true } } },
    }),
    db.auditLog.count({ where }),
  ]);
  const titles = await entityTitles(rows);
  const items: AuditRowDTO[] = rows.map((row) => {
    const changes = asChangeSet(row.changes);
    return {
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      title: titleOf(titles, row),
      editHref: editHref(row.entityType, row.entityId),
      actorName: row.actor?.name ?? null,
      fields: changedFields(changes),
      changes,
    };
  });
  return { items, total, page: params.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Users who appear in the log (for the filter), by name. */
export async function listAuditActors(actor: Actor) {
  assertCan(actor, "audit.readAll");
  return db.user.findMany({ where: { auditLogs: { some: {} } }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, email: true } });
}

function asChangeSet(value: unknown): ChangeSet {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as ChangeSet) : {};
}
