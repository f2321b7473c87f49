import { facetParam, STATUS_FACET_PARAM } from "@/lib/facets/registry";
import { hrefWith } from "@/lib/listing/url";
import { SEARCH_PATH } from "@/lib/search/page/links";
import { PARAM_BY_TYPE } from "@/lib/search/query-params";

// The start page's task search is /suche restricted to programmes: a Kreis is a filter of one
// type (lib/search/query-params.ts drops it without `typ`), and a visitor with a project in mind
// first wants to know what funds it. Parameter names come from the search and the facet registry.
export const TASK_SEARCH = {
  action: SEARCH_PATH,
  typeParam: "typ",
  type: PARAM_BY_TYPE.programme,
  regionParam: facetParam("region"),
} as const;

/** The quick tasks under the form; label and search term of each are in messages/de/home.json (`tasks.<id>`). */
export const TASK_IDS = ["webshop", "website", "itSecurity", "erp", "broadband", "ai", "training"] as const;
export type TaskId = (typeof TASK_IDS)[number];

/** The search a quick task or the form leads to. */
export function taskSearchHref(query: string, region?: string): string {
  return hrefWith(TASK_SEARCH.action, { q: query.trim(), [TASK_SEARCH.typeParam]: TASK_SEARCH.type }, { [TASK_SEARCH.regionParam]: region });
}

/** The programme list of every open programme, nearest deadline first (its default order). */
export const OPEN_PROGRAMMES_HREF = hrefWith("/foerderprogramme", {}, { [STATUS_FACET_PARAM]: "offen" });
