import { z } from "zod";
import { DIRECTORY_EDITOR_SORTS, editorListParams, lenient, slugParam, sortParam } from "@/lib/content/editor-filters";
import type { ServiceCategory } from "@/lib/db/enums";
import { FACETS, SERVICE_CATEGORIES } from "@/lib/facets/registry";

// The provider list's GET parameters (list and export), sorted like the advisor list. Filters
// use the public facets' parameters (lib/facets/registry.ts), with enum values instead of slugs.
const services = SERVICE_CATEGORIES as [ServiceCategory, ...ServiceCategory[]];

export const providerEditorFilters = z.object({
  ...editorListParams,
  /** the Kreis of the seat */
  [FACETS.region.param]: slugParam(),
  [FACETS.service.param]: lenient(z.enum(services).nullable(), null),
  sortierung: sortParam(DIRECTORY_EDITOR_SORTS),
});
export type ProviderEditorFilters = z.output<typeof providerEditorFilters>;
