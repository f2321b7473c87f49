import "server-only";
import { containsAny, staleBefore } from "@/lib/content/editor-filters";
import { addDays, berlinDay } from "@/lib/dates";
import { db, type Prisma } from "@/lib/db/client";
import { optionalDateColumnDay } from "@/lib/dates";
import { findEditorRow, type ProgrammeEditorRow } from "./editor-row";
import type { ProgrammeEditorFilters } from "./editor-filters";

// Reads of the editor area: every status, no cache (pages under /redaktion are dynamic and check
// editor.access themselves; these functions do not authorize).
export type ProgrammeEditorListItem = {
  id: string;
  slug: string;
  title: string;
  status: ProgrammeEditorRow["status"];
  level: ProgrammeEditorRow["level"];
  fundingBodyName: string;
  deadline: string | null;
  lastVerifiedAt: string;
  updatedAt: string;
};

export function programmeEditorWhere(filters: ProgrammeEditorFilters, now: Date = new Date()): Prisma.ProgrammeWhereInput {
  const today = berlinDay(now);
  return {
    ...containsAny(filters.q, ["title", "slug"]),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.ebene ? { level: filters.ebene } : {}),
    ...(filters.frist ? { deadline: { gte: new Date(`${today}T00:00:00Z`), lte: new Date(`${addDays(today, 30)}T00:00:00Z`) } } : {}),
    ...(filters.ungeprueft ? { lastVerifiedAt: { lt: staleBefore(now) } } : {}),
  };
}

const ORDER: Record<ProgrammeEditorFilters["sortierung"], Prisma.ProgrammeOrderByWithRelationInput[]> = {
  geaendert: [{ updatedAt: "desc" }, { id: "asc" }],
  titel: [{ title: "asc" }, { id: "asc" }],
  frist: [{ deadline: { sort: "asc", nulls: "last" } }, { title: "asc" }],
  geprueft: [{ lastVerifiedAt: "asc" }, { title: "asc" }],
};

/** One page of the filtered editor list and the total count; also used by the CSV/JSON export. */
export async function findProgrammesForEditor(
  filters: ProgrammeEditorFilters,
  { skip = 0, take = 25 }: { skip?: number; take?: number } = {},
): Promise<{ items: ProgrammeEditorListItem[]; total: number }> {
  const where = programmeEditorWhere(filters);
  const [rows, total] = await Promise.all([
    db.programme.findMany({
      where,
      orderBy: ORDER[filters.sortierung],
      skip,
      take,
      select: {
        id: true,
        slug: true,
        title: true,
        status: true,
        level: true,
        deadline: true,
        lastVerifiedAt: true,
        updatedAt: true,
        fundingBody: { select: { name: true } },
      },
    }),
    db.programme.count({ where }),
  ]);
  return {
    total,
    items: rows.map(({ fundingBody, deadline, lastVerifiedAt, updatedAt, ...row }) => ({
      ...row,
      fundingBodyName: fundingBody.name,
      deadline: optionalDateColumnDay(deadline),
      lastVerifiedAt: lastVerifiedAt.toISOString(),
      updatedAt: updatedAt.toISOString(),
    })),
  };
}

export const getProgrammeForEditor = (id: string): Promise<ProgrammeEditorRow | null> => findEditorRow(db, id);

export type PickerOption = { value: string; label: string; hint?: string };

/** Choices of the form's pickers (funding bodies, topics, regions, advisors of every status). */
export async function getProgrammeFormOptions() {
  const [organisations, topics, regions, advisors] = await Promise.all([
    db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, shortName: true } }),
    db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.region.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.advisor.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, status: true, organisation: { select: { name: true } } } }),
  ]);
  return {
    organisations: organisations.map((o) => ({ value: o.id, label: o.shortName ? `${o.name} (${o.shortName})` : o.name })),
    topics: topics.map((t) => ({ value: t.id, label: t.name })),
    regions: regions.map((r) => ({ value: r.id, label: r.name })),
    advisors: advisors.map((a) => ({ value: a.id, label: a.name, hint: a.organisation.name, status: a.status })),
  };
}
