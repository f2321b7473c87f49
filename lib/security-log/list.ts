import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";

// The admins' log of refused actions (/redaktion/sicherheit): newest first, filterable by GET.
export const SECURITY_PAGE_SIZE = 50;
export const SECURITY_OUTCOMES = ["FORBIDDEN", "UNAUTHENTICATED"] as const;
/** Who refused: one of the roles, or "anonym" for refusals without a session. */
export const SECURITY_WHO = ["ADMIN", "EDITOR", "ADVISOR", "PROVIDER", "anonym"] as const satisfies readonly (Role | "anonym")[];
export const SECURITY_PERIODS = [1, 7, 30] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (first(v) === "" ? undefined : first(v)), z.enum(values).optional().catch(undefined));

// Unknown or malformed values mean "no filter", never an error page.
const paramsSchema = z.object({
  ergebnis: optionalEnum(SECURITY_OUTCOMES),
  wer: optionalEnum(SECURITY_WHO),
  tage: z.preprocess(first, z.coerce.number().pipe(z.union(SECURITY_PERIODS.map((days) => z.literal(days)))).catch(7)).default(7),
  seite: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type SecurityListParams = {
  outcome?: (typeof SECURITY_OUTCOMES)[number];
  who?: (typeof SECURITY_WHO)[number];
  days: (typeof SECURITY_PERIODS)[number];
  page: number;
};

export function parseSecurityListParams(searchParams: Record<string, string | string[] | undefined>): SecurityListParams {
  const { ergebnis, wer, tage, seite } = paramsSchema.parse(searchParams);
  return { outcome: ergebnis, who: wer, days: tage as SecurityListParams["days"], page: seite };
}

/** One row of the log: who (account id, name and role, or nobody), what, when, how often, from where. */
export type SecurityEventDTO = {
  id: string;
  /** ISO instants of the first and the latest refusal in this minute */
  firstAt: string;
  lastAt: string;
  count: number;
  outcome: string;
  permission: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: Role | null;
  clientIp: string;
};

export async function listSecurityEvents(actor: Actor | null, params: SecurityListParams, now = new Date()) {
  assertCan(actor, "security.read");
  const where: Prisma.SecurityEventWhereInput = {
    lastAt: { gte: new Date(now.getTime() - params.days * 24 * 60 * 60_000) },
    ...(params.outcome ? { outcome: params.outcome } : {}),
    ...(params.who === "anonym" ? { actorId: null } : params.who ? { actorRole: params.who } : {}),
  };
  const [rows, total] = await Promise.all([
    db.securityEvent.findMany({ where, orderBy: [{ lastAt: "desc" }, { id: "desc" }], skip: (params.page - 1) * SECURITY_PAGE_SIZE, take: SECURITY_PAGE_SIZE }),
    db.securityEvent.count({ where }),
  ]);
  // Names only, never e-mail addresses: the log is for spotting an attack, not a contact list.
  const ids = [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const names = new Map(users.map((user) => [user.id, user.name]));
  const items: SecurityEventDTO[] = rows.map((row) => ({
    id: row.id,
    firstAt: row.firstAt.toISOString(),
    lastAt: row.lastAt.toISOString(),
    count: row.count,
    outcome: row.outcome,
    permission: row.permission,
    action: row.action,
    actorId: row.actorId,
    actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
    actorRole: row.actorRole,
    clientIp: row.clientIp,
  }));
  return { items, total, page: params.page, pageCount: Math.max(1, Math.ceil(total / SECURITY_PAGE_SIZE)) };
}
