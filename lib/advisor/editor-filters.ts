import { z } from "zod";
import { DIRECTORY_EDITOR_SORTS, editorListParams, slugParam, sortParam } from "@/lib/content/editor-filters";
import { FACETS } from "@/lib/facets/registry";

// The advisor list's GET parameters (also read by the export route, so a filtered list exports
// exactly what it shows): the shared q/status/ungeprueft/seite plus the type's own filters.
export const advisorEditorFilters = z.object({
  ...editorListParams,
  /** region slug (a Kreis or a wider area the advisor is responsible for) */
  [FACETS.region.param]: slugParam(),
  [FACETS.organisation.param]: slugParam(),
  sortierung: sortParam(DIRECTORY_EDITOR_SORTS),
});
export type AdvisorEditorFilters = z.output<typeof advisorEditorFilters>;
