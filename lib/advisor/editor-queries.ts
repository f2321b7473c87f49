import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { COMMON_EDITOR_ORDER, commonEditorWhere, EDITOR_LIST_SELECT, listItemBase, readEditorList } from "@/lib/content/editor-list";
import type { EditorListItem, EditorListResult, EditorListWindow } from "@/lib/content/editor-list";
import { db, type AdvisorKind, type Prisma } from "@/lib/db/client";
import type { AdvisorDetailDTO } from "./dto";
import type { AdvisorEditorFilters } from "./editor-filters";
import { loadAdvisorState, type AdvisorState } from "./editor-state";
import { advisorDetailSelect, toAdvisorDetailDTO } from "./queries";
import type { BulkTarget } from "@/lib/content/bulk-request";

// Reads for the editor area: every status, never cached. Each checks editor.access itself; the
// page guard is only a redirect (docs/architecture.md, "Private reads").

const ORDER: Record<AdvisorEditorFilters["sortierung"], Prisma.AdvisorOrderByWithRelationInput[]> = {
  ...COMMON_EDITOR_ORDER,
  name: [{ name: "asc" }, { id: "asc" }],
};

function where(filters: Partial<AdvisorEditorFilters>, now: Date): Prisma.AdvisorWhereInput {
  const q = filters.q?.trim();
  return {
    ...commonEditorWhere(filters, now),
    ...(filters.gebiet && { regions: { some: { slug: filters.gebiet } } }),
    ...(filters.organisation && { organisation: { slug: filters.organisation } }),
    ...(q && {
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { slug: { contains: q, mode: "insensitive" } },
        { town: { contains: q, mode: "insensitive" } },
        { email: { contains: q, mode: "insensitive" } },
        { organisation: { name: { contains: q, mode: "insensitive" } } },
      ],
    }),
  };
}

const listSelect = {
  ...EDITOR_LIST_SELECT,
  name: true,
  kind: true,
  jobTitle: true,
  town: true,
  organisation: { select: { name: true } },
  regions: { select: { name: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.AdvisorSelect;

export type AdvisorEditorListItem = EditorListItem & {
  name: string;
  kind: AdvisorKind;
  jobTitle: string | null;
  town: string | null;
  organisationName: string;
  regionNames: string[];
};

/** One page of the filtered list and the total (the export pages through it with `take`). */
export async function findAdvisorsForEditor(
  actor: Actor | null,
  filters: Partial<AdvisorEditorFilters>,
  { skip = 0, take = 25, now = new Date() }: EditorListWindow = {},
): Promise<EditorListResult<AdvisorEditorListItem>> {
  assertCan(actor, "editor.access");
  const filter = where(filters, now);
  return readEditorList(
    db.advisor.findMany({ where: filter, orderBy: ORDER[filters.sortierung ?? "geaendert"], skip, take, select: listSelect }),
    db.advisor.count({ where: filter }),
    (row) => ({
      ...listItemBase(row),
      name: row.name,
      kind: row.kind,
      jobTitle: row.jobTitle,
      town: row.town,
      organisationName: row.organisation.name,
      regionNames: row.regions.map((r) => r.name),
    }),
  );
}

/** The entries a bulk action names by id (lib/content/bulk.ts), with what its summary shows. */
export async function findAdvisorBulkTargets(actor: Actor | null, ids: readonly string[]): Promise<BulkTarget[]> {
  assertCan(actor, "editor.access");
  const rows = await db.advisor.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, status: true } });
  return rows.map((row) => ({ id: row.id, label: row.name, status: row.status }));
}

export async function getAdvisorForEditor(actor: Actor | null, id: string): Promise<AdvisorState | null> {
  assertCan(actor, "editor.access");
  return loadAdvisorState(db, id);
}

/** The public detail DTO of any advisor (draft or not), for the preview. */
export async function getAdvisorPreview(actor: Actor | null, id: string): Promise<AdvisorDetailDTO | null> {
  assertCan(actor, "editor.access");
  const row = await db.advisor.findUnique({ where: { id }, select: advisorDetailSelect });
  return row && toAdvisorDetailDTO(row);
}

/** Choices for the form's pickers and the list's filters. */
export async function getAdvisorEditorOptions(actor: Actor | null) {
  assertCan(actor, "editor.access");
  const [organisations, topics, regions, programmes] = await Promise.all([
    db.organisation.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    db.region.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true, kind: true } }),
    db.programme.findMany({ orderBy: { title: "asc" }, select: { slug: true, title: true, status: true } }),
  ]);
  return { organisations, topics, regions, programmes };
}
