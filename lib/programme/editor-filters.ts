import { z } from "zod";
import { editorListParams, lenient, sortParam } from "@/lib/content/editor-filters";
import type { FundingLevel } from "@/lib/db/enums";
import { FACETS, FUNDING_LEVELS } from "@/lib/facets/registry";

// The programme list of the editor area (and its CSV/JSON export): GET parameters → filters.
export const PROGRAMME_EDITOR_SORTS = ["geaendert", "titel", "frist", "geprueft"] as const;
export type ProgrammeEditorSort = (typeof PROGRAMME_EDITOR_SORTS)[number];

const levels = FUNDING_LEVELS as [FundingLevel, ...FundingLevel[]];

export const programmeEditorFilters = z.object({
  ...editorListParams,
  /** the public facet's parameter (lib/facets/registry.ts), with the enum value itself */
  [FACETS.fundingLevel.param]: lenient(z.enum(levels).nullable(), null),
  /** "30": only programmes (not archived) whose deadline lies within the next 30 days, today included */
  frist: lenient(z.enum(["30"]).transform(() => true), false),
  sortierung: sortParam(PROGRAMME_EDITOR_SORTS),
});

export type ProgrammeEditorFilters = z.output<typeof programmeEditorFilters>;
