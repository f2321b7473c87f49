import { z } from "zod";
import { EDITOR_PAGE_SIZE, editorListParams } from "@/lib/content/editor-filters";
import { ServiceCategory } from "@/lib/db/enums";

// The editor lists' GET parameters for advisors and providers (also read by the export route, so
// a filtered list exports exactly what it shows): the shared q/status/ungeprueft/seite plus the
// type's own filters. Every value is parsed; anything unknown falls back to its default.
export const DIRECTORY_EDITOR_SORTS = ["geaendert", "name", "geprueft"] as const;
export type DirectoryEditorSort = (typeof DIRECTORY_EDITOR_SORTS)[number];

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const slugParam = () =>
  z
    .preprocess(first, z.string().regex(/^[a-z0-9-]{1,120}$/).optional())
    .catch(undefined)
    .transform((v) => v ?? null);
const sortParam = () =>
  z
    .preprocess(first, z.enum(DIRECTORY_EDITOR_SORTS).optional())
    .catch(undefined)
    .transform((v) => v ?? "geaendert");
const services = Object.values(ServiceCategory) as [ServiceCategory, ...ServiceCategory[]];

export const advisorEditorFilters = z.object({
  ...editorListParams,
  /** region slug (a Kreis or a wider area the advisor is responsible for) */
  gebiet: slugParam(),
  organisation: slugParam(),
  sortierung: sortParam(),
});
export type AdvisorEditorFilters = z.output<typeof advisorEditorFilters>;

export const providerEditorFilters = z.object({
  ...editorListParams,
  /** the Kreis of the seat */
  gebiet: slugParam(),
  leistung: z
    .preprocess(first, z.enum(services).optional())
    .catch(undefined)
    .transform((v) => v ?? null),
  sortierung: sortParam(),
});
export type ProviderEditorFilters = z.output<typeof providerEditorFilters>;

/** The parameters that differ from the defaults, for export and pagination links with the same filters. */
export function filterParams(filters: AdvisorEditorFilters | ProviderEditorFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.q) params.q = filters.q;
  if (filters.status) params.status = filters.status;
  if (filters.ungeprueft) params.ungeprueft = "1";
  if (filters.gebiet) params.gebiet = filters.gebiet;
  if ("organisation" in filters && filters.organisation) params.organisation = filters.organisation;
  if ("leistung" in filters && filters.leistung) params.leistung = filters.leistung;
  if (filters.sortierung !== "geaendert") params.sortierung = filters.sortierung;
  return params;
}

export const pageWindow = (page: number) => ({ skip: (page - 1) * EDITOR_PAGE_SIZE, take: EDITOR_PAGE_SIZE });
