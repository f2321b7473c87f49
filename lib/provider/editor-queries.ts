import "server-only";
import { staleBefore } from "@/lib/content/editor-filters";
import { db, type Prisma } from "@/lib/db/client";
import type { ProviderEditorFilters } from "./editor-filters";
import type { ProviderDetailDTO } from "./dto";
import { loadProviderState, PROVIDER_EDITOR_SELECT, type ProviderState } from "./editor-state";
import { providerDetailSelect, toProviderDetailDTO } from "./queries";

// Reads for the editor area: every status, never cached.

const ORDER: Record<ProviderEditorFilters["sortierung"], Prisma.ProviderOrderByWithRelationInput[]> = {
  geaendert: [{ updatedAt: "desc" }, { id: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  geprueft: [{ lastVerifiedAt: "asc" }, { id: "asc" }],
};

function where(filters: Partial<ProviderEditorFilters>): Prisma.ProviderWhereInput {
  const q = filters.q?.trim();
  return {
    ...(filters.status && { status: filters.status }),
    ...(filters.ungeprueft && { lastVerifiedAt: { lt: staleBefore() } }),
    ...(filters.gebiet && { region: { slug: filters.gebiet } }),
    ...(filters.leistung && { services: { has: filters.leistung } }),
    ...(q && {
      OR: [
        { name: { contains: q, mode: "insensitive" } },
        { slug: { contains: q, mode: "insensitive" } },
        { town: { contains: q, mode: "insensitive" } },
        { email: { contains: q, mode: "insensitive" } },
      ],
    }),
  };
}

const rowSelect = {
  ...PROVIDER_EDITOR_SELECT,
  region: { select: { slug: true, name: true } },
} satisfies Prisma.ProviderSelect;

/** A row of the editor list and of the export: every form field (region by slug) plus status data. */
export type ProviderEditorRow = ReturnType<typeof toRow>;

function toRow({ region, ...row }: Prisma.ProviderGetPayload<{ select: typeof rowSelect }>) {
  return { ...row, region: region.slug, regionName: region.name };
}

/** One page of the filtered list and the total (the export pages through it with `take`). */
export async function findProvidersForEditor(
  filters: Partial<ProviderEditorFilters>,
  { skip = 0, take = 25 }: { skip?: number; take?: number } = {},
): Promise<{ rows: ProviderEditorRow[]; total: number }> {
  const filter = where(filters);
  const [rows, total] = await Promise.all([
    db.provider.findMany({ where: filter, orderBy: ORDER[filters.sortierung ?? "geaendert"], skip, take, select: rowSelect }),
    db.provider.count({ where: filter }),
  ]);
  return { rows: rows.map(toRow), total };
}

export function getProviderForEditor(id: string): Promise<ProviderState | null> {
  return loadProviderState(db, id);
}

/** The public detail DTO of any provider (draft or not), for the preview. */
export async function getProviderPreview(id: string): Promise<ProviderDetailDTO | null> {
  const row = await db.provider.findUnique({ where: { id }, select: providerDetailSelect });
  return row && toProviderDetailDTO(row);
}

/** The seats a provider can have (Kreise) for the form and the list filter. */
export function getProviderRegionOptions() {
  return db.region.findMany({ where: { kind: "KREIS" }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } });
}
