import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { CHANGE_ROW_SELECT, changeDescriber } from "@/lib/freshness/change-rows";
import type { RecentChangeDTO } from "@/lib/freshness/dto";
import type { ChangeSet } from "./diff";
import type { AuditEntityType as EventEntityType } from "./events";

// The admin change log (/redaktion/protokoll): every audit row, newest first, filterable.

// Every entity type of ./events.ts, so each audit row can be found by its type; the `satisfies`
// keeps unknown ones out, and the message catalogue names each (editorOverview auditLog.entityTypes).
export const AUDIT_ENTITY_TYPES = [
  "programme",
  "advisor",
  "provider",
  "organisation",
  "topic",
  "serviceTopics",
  "synonymGroup",
  "user",
  "profileRevision",
  "providerSignup",
  "import",
  "mail",
  "legalNotice",
  "accessibilityFeedback",
] as const satisfies readonly EventEntityType[];
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

/** A recent change as the dashboard shows it, plus the before/after values of each field. */
export interface AuditRowDTO extends RecentChangeDTO {
  changes: ChangeSet;
}

export async function listAuditLog(actor: Actor | null, params: AuditListParams) {
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
      select: CHANGE_ROW_SELECT,
    }),
    db.auditLog.count({ where }),
  ]);
  const describe = await changeDescriber(rows);
  const items: AuditRowDTO[] = rows.map((row) => ({ ...describe(row), changes: asChangeSet(row.changes) }));
  return { items, total, page: params.page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}

/** Users who appear in the log (for the filter), by name. */
export async function listAuditActors(actor: Actor | null) {
  assertCan(actor, "audit.readAll");
  return db.user.findMany({ where: { auditLogs: { some: {} } }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, email: true } });
}

function asChangeSet(value: unknown): ChangeSet {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as ChangeSet) : {};
}
