import { z } from "zod";
import { editorListParams, lenient, sortParam } from "@/lib/content/editor-filters";
import { FundingLevel } from "@/lib/db/enums";

// The programme list of the editor area (and its CSV/JSON export): GET parameters → filters.
export const PROGRAMME_EDITOR_SORTS = ["geaendert", "titel", "frist", "geprueft"] as const;
export type ProgrammeEditorSort = (typeof PROGRAMME_EDITOR_SORTS)[number];

const levels = Object.values(FundingLevel) as [FundingLevel, ...FundingLevel[]];

export const programmeEditorFilters = z.object({
  ...editorListParams,
  ebene: lenient(z.enum(levels).nullable(), null),
  /** "30": only programmes (not archived) whose deadline lies within the next 30 days, today included */
  frist: lenient(z.enum(["30"]).transform(() => true), false),
  sortierung: sortParam(PROGRAMME_EDITOR_SORTS),
});

export type ProgrammeEditorFilters = z.output<typeof programmeEditorFilters>;
