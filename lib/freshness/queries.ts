import "server-only";
import { db } from "@/lib/db/client";
import { berlinDay, dateColumnDay } from "@/lib/dates";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, CONTENT_TYPES, type ContentType } from "@/lib/auth/permissions";
import { PublicationStatus } from "@/lib/db/enums";
import type { DeadlineEntryDTO, FreshnessOverviewDTO, FreshnessSection, RecentChangeDTO, ReviewEntryDTO, StaleEntryDTO } from "./dto";
import { CHANGE_ROW_SELECT, changeDescriber } from "./change-rows";
import { daysBetween, editHref } from "./edit-href";
import { SECTION_LIMIT, staleWhere, upcomingDeadlineWhere } from "./rules";

type Row = { id: string; title: string; lastVerifiedAt: Date | null; updatedAt: Date };

// The three content tables have the same workflow columns but different title columns.
function findContent(type: ContentType, where: object, orderBy: object, take: number): Promise<Row[]> {
  const select = { id: true, lastVerifiedAt: true, updatedAt: true } as const;
  if (type === "programme") return db.programme.findMany({ where, orderBy, take, select: { ...select, title: true } });
  const named = (rows: (Omit<Row, "title"> & { name: string })[]) => rows.map(({ name, ...row }) => ({ ...row, title: name }));
  if (type === "advisor") return db.advisor.findMany({ where, orderBy, take, select: { ...select, name: true } }).then(named);
  if (type === "event") return db.event.findMany({ where, orderBy, take, select: { ...select, title: true } });
  if (type === "initiative") return db.initiative.findMany({ where, orderBy, take, select: { ...select, title: true } });
  if (type === "news") return db.newsItem.findMany({ where, orderBy, take, select: { ...select, title: true } });
  return db.provider.findMany({ where, orderBy, take, select: { ...select, name: true } }).then(named);
}

function countContent(type: ContentType, where: object): Promise<number> {
  if (type === "programme") return db.programme.count({ where });
  if (type === "advisor") return db.advisor.count({ where });
  if (type === "event") return db.event.count({ where });
  if (type === "initiative") return db.initiative.count({ where });
  if (type === "news") return db.newsItem.count({ where });
  return db.provider.count({ where });
}

/** Per type the oldest `limit` rows, merged: enough to fill one section across all types. */
async function acrossTypes<T>(where: object, orderBy: object, limit: number, toDto: (type: ContentType, row: Row) => T) {
  const perType = await Promise.all(
    CONTENT_TYPES.map(async (type) => {
      const [rows, total] = await Promise.all([findContent(type, where, orderBy, limit), countContent(type, where)]);
      return { rows: rows.map((row) => ({ row, dto: toDto(type, row) })), total };
    }),
  );
  return { total: perType.reduce((sum, t) => sum + t.total, 0), rows: perType.flatMap((t) => t.rows) };
}

const entry = (type: ContentType, row: Row) => ({ type, id: row.id, title: row.title, editHref: editHref(type, row.id)! });

// The editor dashboard (/redaktion): drafts and audit rows, so each section checks editor.access.

export async function listStaleEntries(actor: Actor | null, now = new Date(), limit = SECTION_LIMIT): Promise<FreshnessSection<StaleEntryDTO>> {
  assertCan(actor, "editor.access");
  const today = berlinDay(now);
  const where = { status: PublicationStatus.PUBLISHED, ...staleWhere(now) };
  const { total, rows } = await acrossTypes(where, { lastVerifiedAt: { sort: "asc", nulls: "first" } }, limit, (type, row) => {
    const lastVerifiedDay = row.lastVerifiedAt ? berlinDay(row.lastVerifiedAt) : null;
    return { ...entry(type, row), lastVerifiedDay, daysSinceVerified: lastVerifiedDay ? daysBetween(lastVerifiedDay, today) : null };
  });
  // Never checked first, then the longest unchecked.
  const checkedAt = (row: Row) => row.lastVerifiedAt?.getTime() ?? -Infinity;
  rows.sort((a, b) => checkedAt(a.row) - checkedAt(b.row));
  return { total, items: rows.slice(0, limit).map((r) => r.dto) };
}

export async function listInReview(actor: Actor | null, limit = SECTION_LIMIT): Promise<FreshnessSection<ReviewEntryDTO>> {
  assertCan(actor, "editor.access");
  const { total, rows } = await acrossTypes({ status: PublicationStatus.IN_REVIEW }, { updatedAt: "asc" }, limit, (type, row) => ({
    ...entry(type, row),
    updatedAt: row.updatedAt.toISOString(),
  }));
  // Longest waiting first.
  rows.sort((a, b) => a.row.updatedAt.getTime() - b.row.updatedAt.getTime());
  return { total, items: rows.slice(0, limit).map((r) => r.dto) };
}

/** Programmes (not archived) whose deadline day is today or within the next 30 Berlin days. */
export async function listUpcomingDeadlines(actor: Actor | null, now = new Date(), limit = SECTION_LIMIT): Promise<FreshnessSection<DeadlineEntryDTO>> {
  assertCan(actor, "editor.access");
  const today = berlinDay(now);
  const where = upcomingDeadlineWhere(now);
  const [rows, total] = await Promise.all([
    db.programme.findMany({
      where,
      orderBy: [{ deadline: "asc" }, { title: "asc" }],
      take: limit,
      select: { id: true, title: true, deadline: true, status: true },
    }),
    db.programme.count({ where }),
  ]);
  const items = rows.map((row) => {
    const deadline = dateColumnDay(row.deadline!);
    return { type: "programme" as const, id: row.id, title: row.title, editHref: editHref("programme", row.id)!, deadline, daysLeft: daysBetween(today, deadline), status: row.status };
  });
  return { total, items };
}

/** The latest audit rows on programmes, advisors and providers. */
export async function listRecentChanges(actor: Actor | null, limit = SECTION_LIMIT): Promise<RecentChangeDTO[]> {
  assertCan(actor, "editor.access");
  const rows = await db.auditLog.findMany({
    where: { entityType: { in: [...CONTENT_TYPES] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: CHANGE_ROW_SELECT,
  });
  const describe = await changeDescriber(rows);
  return rows.map((row) => describe(row));
}

export async function getFreshnessOverview(actor: Actor | null, now = new Date()): Promise<FreshnessOverviewDTO> {
  assertCan(actor, "editor.access");
  const [stale, deadlines, inReview, recent] = await Promise.all([
    listStaleEntries(actor, now),
    listUpcomingDeadlines(actor, now),
    listInReview(actor),
    listRecentChanges(actor),
  ]);
  return { stale, deadlines, inReview, recent };
}
