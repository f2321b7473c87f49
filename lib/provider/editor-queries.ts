import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { containsAny } from "@/lib/content/editor-filters";
import { COMMON_EDITOR_ORDER, commonEditorWhere, EDITOR_LIST_SELECT, listItemBase, readEditorList } from "@/lib/content/editor-list";
import type { EditorListItem, EditorListResult, EditorListWindow } from "@/lib/content/editor-list";
import { db, type Prisma, type ServiceCategory } from "@/lib/db/client";
import type { ProviderEditorFilters } from "./editor-filters";
import type { ProviderDetailDTO } from "./dto";
import { loadProviderState, type ProviderState } from "./editor-state";
import { providerDetailSelect, toProviderDetailDTO } from "./queries";
import type { BulkTarget } from "@/lib/content/bulk-request";

// Reads for the editor area: every status, never cached. Each checks editor.access itself; the
// page guard is only a redirect (docs/architecture.md, "Private reads").

const ORDER: Record<ProviderEditorFilters["sortierung"], Prisma.ProviderOrderByWithRelationInput[]> = {
  ...COMMON_EDITOR_ORDER,
  name: [{ name: "asc" }, { id: "asc" }],
};

function where(filters: Partial<ProviderEditorFilters>, now: Date): Prisma.ProviderWhereInput {
  return {
    ...containsAny(filters.q?.trim(), ["name", "slug", "town", "email"]),
    ...commonEditorWhere(filters, now),
    ...(filters.gebiet && { region: { slug: filters.gebiet } }),
    ...(filters.leistung && { services: { has: filters.leistung } }),
  };
}

const listSelect = {
  ...EDITOR_LIST_SELECT,
  name: true,
  town: true,
  services: true,
  region: { select: { name: true } },
} satisfies Prisma.ProviderSelect;

export type ProviderEditorListItem = EditorListItem & { name: string; town: string; regionName: string; services: ServiceCategory[] };

/** One page of the filtered list and the total (the export pages through it with `take`). */
export async function findProvidersForEditor(
  actor: Actor | null,
  filters: Partial<ProviderEditorFilters>,
  { skip = 0, take = 25, now = new Date() }: EditorListWindow = {},
): Promise<EditorListResult<ProviderEditorListItem>> {
  assertCan(actor, "editor.access");
  const filter = where(filters, now);
  return readEditorList(
    db.provider.findMany({ where: filter, orderBy: ORDER[filters.sortierung ?? "geaendert"], skip, take, select: listSelect }),
    db.provider.count({ where: filter }),
    (row) => ({ ...listItemBase(row), name: row.name, town: row.town, regionName: row.region.name, services: row.services }),
  );
}

/** The entries a bulk action names by id (lib/content/bulk.ts), with what its summary shows. */
export async function findProviderBulkTargets(actor: Actor | null, ids: readonly string[]): Promise<BulkTarget[]> {
  assertCan(actor, "editor.access");
  const rows = await db.provider.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, status: true } });
  return rows.map((row) => ({ id: row.id, label: row.name, status: row.status }));
}

export async function getProviderForEditor(actor: Actor | null, id: string): Promise<ProviderState | null> {
  assertCan(actor, "editor.access");
  return loadProviderState(db, id);
}

/** The public detail DTO of any provider (draft or not), for the preview. */
export async function getProviderPreview(actor: Actor | null, id: string): Promise<ProviderDetailDTO | null> {
  assertCan(actor, "editor.access");
  const row = await db.provider.findUnique({ where: { id }, select: providerDetailSelect });
  return row && toProviderDetailDTO(row);
}

/** The seats a provider can have (Kreise) for the form and the list filter. */
export async function getProviderRegionOptions(actor: Actor | null) {
  assertCan(actor, "editor.access");
  return db.region.findMany({ where: { kind: "KREIS" }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { slug: true, name: true } });
}
