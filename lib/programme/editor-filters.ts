import { z } from "zod";
import { editorListParams, EDITOR_PAGE_SIZE } from "@/lib/content/editor-filters";
import { FundingLevel } from "@/lib/db/enums";

// The programme list of the editor area (and its CSV/JSON export): GET parameters → filters.
export const PROGRAMME_EDITOR_SORTS = ["geaendert", "titel", "frist", "geprueft"] as const;
export type ProgrammeEditorSort = (typeof PROGRAMME_EDITOR_SORTS)[number];

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const levels = Object.values(FundingLevel) as [FundingLevel, ...FundingLevel[]];

export const programmeEditorFilters = z.object({
  ...editorListParams,
  ebene: z.preprocess(first, z.enum(levels).optional()).catch(undefined).transform((v) => v ?? null),
  /** "30": only programmes whose deadline lies within the next 30 days (today included) */
  frist: z.preprocess(first, z.enum(["30"]).optional()).catch(undefined).transform((v) => v === "30"),
  sortierung: z.preprocess(first, z.enum(PROGRAMME_EDITOR_SORTS).optional()).catch(undefined).transform((v) => v ?? "geaendert"),
});

export type ProgrammeEditorFilters = z.output<typeof programmeEditorFilters>;

/** The parameters that differ from the defaults, for links (export, pagination) with the same filters. */
export function filterParams(filters: ProgrammeEditorFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.q) params.q = filters.q;
  if (filters.status) params.status = filters.status;
  if (filters.ebene) params.ebene = filters.ebene;
  if (filters.frist) params.frist = "30";
  if (filters.ungeprueft) params.ungeprueft = "1";
  if (filters.sortierung !== "geaendert") params.sortierung = filters.sortierung;
  return params;
}

export const pageWindowOf = (page: number, pageSize = EDITOR_PAGE_SIZE) => ({ skip: (page - 1) * pageSize, take: pageSize });
