// The provider list's parameters live beside the advisor's (one parser for both editor lists).
export { providerEditorFilters, type ProviderEditorFilters } from "@/lib/advisor/editor-filters";
