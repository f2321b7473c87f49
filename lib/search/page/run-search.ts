import "server-only";
import { pageLocale } from "@/lib/i18n/href";
import { getSearchEngine } from "@/lib/search";
import { SEARCH_PAGE_SIZE, hasFilters, toSearchQuery, type SearchParams } from "@/lib/search/query-params";
import { loadHitCards, type HitCards } from "./hit-cards";
import { SEARCH_DOC_TYPES, type SearchDocType, type SearchHit, type SearchQuery, type SearchResult } from "@/lib/search/types";

/** Hits per type in the mixed view; each section links to the type's full list. */
export const SECTION_SIZE = 3;

export interface MixedSearch {
  countsByType: Record<SearchDocType, number>;
  correctedText: string | null;
  sections: { type: SearchDocType; total: number; hits: SearchHit[] }[];
  cards: HitCards;
}

export interface TypedSearch {
  result: SearchResult;
  /** Counts per type for the navigation: for the text alone, since filters belong to one type. */
  countsByType: Record<SearchDocType, number>;
  page: number;
  pages: number;
  cards: HitCards;
}

/** The same text across all types without filters (counts and correction only). */
function overviewQuery(query: SearchQuery): SearchQuery {
  return { ...query, types: [], filters: {}, statuses: [], sort: "relevance", page: 1, pageSize: 1, facets: [] };
}

/** Without a type: counts per type and the best few hits of each. */
export async function searchAllTypes(params: SearchParams, today: string): Promise<MixedSearch> {
  const [engine, language] = await Promise.all([getSearchEngine(), pageLocale()]);
  const base = toSearchQuery(params, today, undefined, language);
  const overview = await engine.search(overviewQuery(base));
  // The sections use the corrected text, so they show what the counts promise.
  const text = overview.correctedText ?? params.q;
  const types = SEARCH_DOC_TYPES.filter((type) => overview.countsByType[type] > 0);
  const sections = await Promise.all(
    types.map(async (type) => {
      const result = await engine.search({ ...overviewQuery(base), text, types: [type], pageSize: SECTION_SIZE });
      return { type, total: overview.countsByType[type], hits: result.hits };
    }),
  );
  const cards = await loadHitCards(sections.flatMap((section) => section.hits));
  return { countsByType: overview.countsByType, correctedText: overview.correctedText, sections, cards };
}

/** One type with its filters, facet counts, order and page (a page beyond the last shows the last). */
export async function searchOneType(params: SearchParams, today: string): Promise<TypedSearch> {
  const [engine, language] = await Promise.all([getSearchEngine(), pageLocale()]);
  const query = toSearchQuery(params, today, SEARCH_PAGE_SIZE, language);
  const [first, unfiltered] = await Promise.all([engine.search(query), hasFilters(params) ? engine.search(overviewQuery(query)) : null]);
  const pages = Math.max(1, Math.ceil(first.total / SEARCH_PAGE_SIZE));
  const page = Math.min(params.page, pages);
  const result = page === params.page ? first : await engine.search({ ...query, page });
  return { result, countsByType: (unfiltered ?? first).countsByType, page, pages, cards: await loadHitCards(result.hits) };
}
