import { z } from "zod";
import { DIRECTORY_EDITOR_SORTS, editorListParams, lenient, slugParam, sortParam } from "@/lib/content/editor-filters";
import { FACETS } from "@/lib/facets/registry";

// The news list's GET parameters: the shared q/status/ungeprueft/seite plus Themenfeld and kind.
export const newsEditorFilters = z.object({
  ...editorListParams,
  [FACETS.topic.param]: slugParam(),
  /** the kind as the public list names it (enumToSlug): meldung, fortschritt */
  art: lenient(z.enum(["meldung", "fortschritt"]).nullable(), null),
  sortierung: sortParam(DIRECTORY_EDITOR_SORTS),
});
export type NewsEditorFilters = z.output<typeof newsEditorFilters>;
