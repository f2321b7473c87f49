import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { containsAny } from "@/lib/content/editor-filters";
import { COMMON_EDITOR_ORDER, commonEditorWhere, EDITOR_LIST_SELECT, listItemBase, readEditorList } from "@/lib/content/editor-list";
import type { EditorListItem, EditorListResult, EditorListWindow } from "@/lib/content/editor-list";
import { optionalDateColumnDay } from "@/lib/dates";
import { db, type Prisma } from "@/lib/db/client";
import { upcomingDeadlineWhere } from "@/lib/freshness/rules";
import { findEditorRow, type ProgrammeEditorRow } from "./editor-state";
import type { ProgrammeEditorFilters } from "./editor-filters";
import type { BulkTarget } from "@/lib/content/bulk-request";

// Reads of the editor area: every status, no cache. Each checks editor.access itself; the page
// guard is only a redirect (docs/architecture.md, "Private reads").
export type ProgrammeEditorListItem = EditorListItem & {
  title: string;
  level: ProgrammeEditorRow["level"];
  fundingBodyName: string;
  deadline: string | null;
};

export function programmeEditorWhere(filters: ProgrammeEditorFilters, now: Date = new Date()): Prisma.ProgrammeWhereInput {
  // AND, not one object: the deadline window brings its own status condition.
  return {
    AND: [
      containsAny(filters.q, ["title", "slug"]),
      commonEditorWhere(filters, now),
      filters.ebene ? { level: filters.ebene } : {},
      filters.frist ? upcomingDeadlineWhere(now) : {},
    ],
  };
}

const ORDER: Record<ProgrammeEditorFilters["sortierung"], Prisma.ProgrammeOrderByWithRelationInput[]> = {
  ...COMMON_EDITOR_ORDER,
  titel: [{ title: "asc" }, { id: "asc" }],
  frist: [{ deadline: { sort: "asc", nulls: "last" } }, { title: "asc" }],
  // Many programmes are verified the same day: ties in title order.
  geprueft: [{ lastVerifiedAt: { sort: "asc", nulls: "first" } }, { title: "asc" }],
};

const listSelect = {
  ...EDITOR_LIST_SELECT,
  title: true,
  level: true,
  deadline: true,
  fundingBody: { select: { name: true } },
} satisfies Prisma.ProgrammeSelect;

/** One page of the filtered editor list and the total count; also used by the CSV/JSON export. */
export async function findProgrammesForEditor(
  actor: Actor | null,
  filters: ProgrammeEditorFilters,
  { skip = 0, take = 25, now = new Date() }: EditorListWindow = {},
): Promise<EditorListResult<ProgrammeEditorListItem>> {
  assertCan(actor, "editor.access");
  const where = programmeEditorWhere(filters, now);
  return readEditorList(
    db.programme.findMany({ where, orderBy: ORDER[filters.sortierung], skip, take, select: listSelect }),
    db.programme.count({ where }),
    (row) => ({
      ...listItemBase(row),
      title: row.title,
      level: row.level,
      fundingBodyName: row.fundingBody.name,
      deadline: optionalDateColumnDay(row.deadline),
    }),
  );
}

/** The entries a bulk action names by id (lib/content/bulk.ts), with what its summary shows. */
export async function findProgrammeBulkTargets(actor: Actor | null, ids: readonly string[]): Promise<BulkTarget[]> {
  assertCan(actor, "editor.access");
  const rows = await db.programme.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true, status: true } });
  return rows.map((row) => ({ id: row.id, label: row.title, status: row.status }));
}

export async function getProgrammeForEditor(actor: Actor | null, id: string): Promise<ProgrammeEditorRow | null> {
  assertCan(actor, "editor.access");
  return findEditorRow(db, id);
}

export type PickerOption = { value: string; label: string; hint?: string };

/** Choices of the form's pickers (funding bodies, topics, regions, advisors and programmes of every status). */
export async function getProgrammeFormOptions(actor: Actor | null) {
  assertCan(actor, "editor.access");
  const [organisations, topics, regions, advisors, programmes] = await Promise.all([
    db.organisation.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, shortName: true } }),
    db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.region.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.advisor.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, status: true, organisation: { select: { name: true } } } }),
    // Successors may be linked before they are published; the public page shows published ones only.
    db.programme.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true, status: true } }),
  ]);
  return {
    organisations: organisations.map((o) => ({ value: o.id, label: o.shortName ? `${o.name} (${o.shortName})` : o.name })),
    topics: topics.map((t) => ({ value: t.id, label: t.name })),
    regions: regions.map((r) => ({ value: r.id, label: r.name })),
    advisors: advisors.map((a) => ({ value: a.id, label: a.name, hint: a.organisation.name, status: a.status })),
    programmes: programmes.map((p) => ({ value: p.id, label: p.title, status: p.status })),
  };
}
