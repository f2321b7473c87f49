import { z } from "zod";
import { DIRECTORY_EDITOR_SORTS, editorListParams, slugParam, sortParam } from "@/lib/content/editor-filters";
import { FACETS } from "@/lib/facets/registry";

// The initiative list's GET parameters: the shared q/status/ungeprueft/seite plus region and Themenfeld.
export const initiativeEditorFilters = z.object({
  ...editorListParams,
  [FACETS.region.param]: slugParam(),
  [FACETS.topic.param]: slugParam(),
  sortierung: sortParam(DIRECTORY_EDITOR_SORTS),
});
export type InitiativeEditorFilters = z.output<typeof initiativeEditorFilters>;
