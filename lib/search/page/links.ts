import { ALERT_NEW_PATH } from "@/lib/alerts/links";
import { STATUS_FACET_PARAM } from "@/lib/facets/registry";
import type { RawSearchParams } from "@/lib/listing/params";
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

/**
 * "Benachrichtigen" for a search that shows programmes (all types, or typ=foerderprogramme): the
 * alert form with the search's words and programme filters, which use the programme list's
 * parameters (lib/facets/registry.ts). The alert page keeps only what an alert can store, and the
 * daily digest matches the words like the programme list does (every word in title, summary or
 * funding body), not with the search engine's stemming. Null for other types and without words.
 */
export function searchAlertHref(params: SearchParams): string | null {
  if (!params.q || (params.type !== null && params.type !== "programme")) return null;
  const raw: RawSearchParams = { ...params.filters, q: params.q };
  if (params.statuses.length) raw[STATUS_FACET_PARAM] = params.statuses;
  return hrefWith(ALERT_NEW_PATH, raw, {});
}
