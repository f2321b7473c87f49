import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { BulkTarget } from "@/lib/content/bulk-request";
import { COMMON_EDITOR_ORDER, commonEditorWhere, EDITOR_LIST_SELECT, listItemBase, readEditorList } from "@/lib/content/editor-list";
import type { EditorListItem, EditorListResult, EditorListWindow } from "@/lib/content/editor-list";
import { db, type InitiativePhase, type Prisma } from "@/lib/db/client";
import type { InitiativeDetailDTO } from "./dto";
import type { InitiativeEditorFilters } from "./editor-filters";
import { loadInitiativeState, type InitiativeState } from "./editor-state";
import { initiativeDetailSelect, toInitiativeDetailDTO } from "./queries";

// Reads for the editor area: every status, never cached. Each checks editor.access itself; the
// page guard is only a redirect (docs/architecture.md, "Private reads").

const ORDER: Record<InitiativeEditorFilters["sortierung"], Prisma.InitiativeOrderByWithRelationInput[]> = {
  ...COMMON_EDITOR_ORDER,
  name: [{ title: "asc" }, { id: "asc" }],
};

function where(filters: Partial<InitiativeEditorFilters>, now: Date): Prisma.InitiativeWhereInput {
  const q = filters.q?.trim();
  return {
    ...commonEditorWhere(filters, now),
    ...(filters.gebiet && { regions: { some: { slug: filters.gebiet } } }),
    ...(filters.thema && { topics: { some: { slug: filters.thema } } }),
    ...(q && {
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { slug: { contains: q, mode: "insensitive" } },
        { responsibleBody: { name: { contains: q, mode: "insensitive" } } },
      ],
    }),
  };
}

const listSelect = {
  ...EDITOR_LIST_SELECT,
  title: true,
  phase: true,
  responsibleBody: { select: { name: true } },
  regions: { select: { name: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.InitiativeSelect;

export type InitiativeEditorListItem = EditorListItem & { title: string; phase: InitiativePhase; responsibleBodyName: string; regionNames: string[] };

/** One page of the filtered list and the total. */
export async function findInitiativesForEditor(
  actor: Actor | null,
  filters: Partial<InitiativeEditorFilters>,
  { skip = 0, take = 25, now = new Date() }: EditorListWindow = {},
): Promise<EditorListResult<InitiativeEditorListItem>> {
  assertCan(actor, "editor.access");
  const filter = where(filters, now);
  return readEditorList(
    db.initiative.findMany({ where: filter, orderBy: ORDER[filters.sortierung ?? "geaendert"], skip, take, select: listSelect }),
    db.initiative.count({ where: filter }),
    (row) => ({
      ...listItemBase(row),
      title: row.title,
      phase: row.phase,
      responsibleBodyName: row.responsibleBody.name,
      regionNames: row.regions.map((r) => r.name),
    }),
  );
}

/** The entries a bulk action names by id (lib/content/bulk.ts), with what its summary shows. */
export async function findInitiativeBulkTargets(actor: Actor | null, ids: readonly string[]): Promise<BulkTarget[]> {
  assertCan(actor, "editor.access");
  const rows = await db.initiative.findMany({ where: { id: { in: [...ids] } }, select: { id: true, title: true, status: true } });
  return rows.map((row) => ({ id: row.id, label: row.title, status: row.status }));
}

export async function getInitiativeForEditor(actor: Actor | null, id: string): Promise<InitiativeState | null> {
  assertCan(actor, "editor.access");
  return loadInitiativeState(db, id);
}

/** The public detail DTO of any initiative (draft or not), for the preview. */
export async function getInitiativePreview(actor: Actor | null, id: string): Promise<InitiativeDetailDTO | null> {
  assertCan(actor, "editor.access");
  const row = await db.initiative.findUnique({ where: { id }, select: initiativeDetailSelect });
  return row && toInitiativeDetailDTO(row);
}

/** Choices for the form's pickers and the list's filters. */
export async function getInitiativeEditorOptions(actor: Actor | null) {
  assertCan(actor, "editor.access");
  const [organisations, topics, regions, programmes, advisors] = await Promise.all([
    db.organisation.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    db.region.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true, kind: true } }),
    db.programme.findMany({ orderBy: { title: "asc" }, select: { slug: true, title: true, status: true } }),
    db.advisor.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, status: true } }),
  ]);
  return { organisations, topics, regions, programmes, advisors };
}
