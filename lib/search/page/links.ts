import { hrefWith } from "@/lib/listing/url";
import { toRawParams, type SearchParams } from "@/lib/search/query-params";
import type { SearchDocType } from "@/lib/search/types";

export const SEARCH_PATH = "/suche";

/** The search with some parts changed; changing the type drops filters, order and page. */
export function searchHref(params: SearchParams, changes: Partial<Pick<SearchParams, "q" | "type" | "page">> = {}): string {
  return hrefWith(SEARCH_PATH, toRawParams(params, changes), {});
}

/** The same text and type without any filter. */
export function withoutFiltersHref(params: SearchParams): string {
  return searchHref({ ...params, filters: {}, statuses: [], page: 1 });
}

export function typeHref(params: SearchParams, type: SearchDocType | null): string {
  return searchHref(params, { type });
}
