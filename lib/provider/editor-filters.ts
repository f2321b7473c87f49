import { z } from "zod";
import { DIRECTORY_EDITOR_SORTS, editorListParams, lenient, slugParam, sortParam } from "@/lib/content/editor-filters";
import { ServiceCategory } from "@/lib/db/enums";

// The provider list's GET parameters (list and export), sorted like the advisor list.
const services = Object.values(ServiceCategory) as [ServiceCategory, ...ServiceCategory[]];

export const providerEditorFilters = z.object({
  ...editorListParams,
  /** the Kreis of the seat */
  gebiet: slugParam(),
  leistung: lenient(z.enum(services).nullable(), null),
  sortierung: sortParam(DIRECTORY_EDITOR_SORTS),
});
export type ProviderEditorFilters = z.output<typeof providerEditorFilters>;
