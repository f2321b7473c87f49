import "server-only";
import { staleBefore } from "@/lib/content/editor-filters";
import { db, type Prisma } from "@/lib/db/client";
import type { AdvisorDetailDTO } from "./dto";
import type { AdvisorEditorFilters } from "./editor-filters";
import { ADVISOR_EDITOR_SELECT, loadAdvisorState, type AdvisorState } from "./editor-state";
import { advisorDetailSelect, toAdvisorDetailDTO } from "./queries";

// Reads for the editor area: every status, never cached (the pages read the session anyway).

const ORDER: Record<AdvisorEditorFilters["sortierung"], Prisma.AdvisorOrderByWithRelationInput[]> = {
  geaendert: [{ updatedAt: "desc" }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  // The longest unchecked first: what most needs attention.
  geprueft: [{ lastVerifiedAt: "asc" }, { id: "asc" }],
};

function where(filters: Partial<AdvisorEditorFilters>): Prisma.AdvisorWhereInput {
  const q = filters.q?.trim();
  return {
    ...(filters.status && { status: filters.status }),
    ...(filters.ungeprueft && { lastVerifiedAt: { lt: staleBefore() } }),
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

const rowSelect = {
  ...ADVISOR_EDITOR_SELECT,
  organisation: { select: { slug: true, name: true } },
  programmes: { select: { slug: true }, orderBy: { slug: "asc" } },
  regions: { select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.AdvisorSelect;

/** A row of the editor list and of the export: every form field (links by slug) plus status data. */
export type AdvisorEditorRow = ReturnType<typeof toRow>;

function toRow({ organisation, topics, programmes, regions, ...row }: Prisma.AdvisorGetPayload<{ select: typeof rowSelect }>) {
  return {
    ...row,
    organisation: organisation.slug,
    organisationName: organisation.name,
    topics: topics.map((t) => t.slug),
    programmes: programmes.map((p) => p.slug),
    regions: regions.map((r) => r.slug),
    regionNames: regions.map((r) => r.name),
  };
}

/** One page of the filtered list and the total (the export pages through it with `take`). */
export async function findAdvisorsForEditor(
  filters: Partial<AdvisorEditorFilters>,
  { skip = 0, take = 25 }: { skip?: number; take?: number } = {},
): Promise<{ rows: AdvisorEditorRow[]; total: number }> {
  const filter = where(filters);
  const [rows, total] = await Promise.all([
    db.advisor.findMany({ where: filter, orderBy: ORDER[filters.sortierung ?? "geaendert"], skip, take, select: rowSelect }),
    db.advisor.count({ where: filter }),
  ]);
  return { rows: rows.map(toRow), total };
}

export function getAdvisorForEditor(id: string): Promise<AdvisorState | null> {
  return loadAdvisorState(db, id);
}

/** The public detail DTO of any advisor (draft or not), for the preview. */
export async function getAdvisorPreview(id: string): Promise<AdvisorDetailDTO | null> {
  const row = await db.advisor.findUnique({ where: { id }, select: advisorDetailSelect });
  return row && toAdvisorDetailDTO(row);
}

/** Choices for the form's pickers and the list's filters. */
export async function getAdvisorEditorOptions() {
  const [organisations, topics, regions, programmes] = await Promise.all([
    db.organisation.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
    db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } }),
    db.region.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true, kind: true } }),
    db.programme.findMany({ orderBy: { title: "asc" }, select: { slug: true, title: true, status: true } }),
  ]);
  return { organisations, topics, regions, programmes };
}
