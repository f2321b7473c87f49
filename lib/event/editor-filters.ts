import { z } from "zod";
import { editorListParams, slugParam, sortParam } from "@/lib/content/editor-filters";
import { FACETS } from "@/lib/facets/registry";

// The event list of the editor area: the shared q/status/ungeprueft/seite, the Kreis and an order
// by start ("beginn", the soonest first).
export const EVENT_EDITOR_SORTS = ["geaendert", "titel", "beginn", "geprueft"] as const;

export const eventEditorFilters = z.object({
  ...editorListParams,
  [FACETS.region.param]: slugParam(),
  sortierung: sortParam(EVENT_EDITOR_SORTS),
});
export type EventEditorFilters = z.output<typeof eventEditorFilters>;
