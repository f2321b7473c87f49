import { enumToSlug, facetValues, type DataSourceOf, type FacetSelection } from "@/lib/facets";
import { applyFacets, paginate, typeFacets } from "@/lib/listing/facet-engine";
import type { ListSchema } from "@/lib/listing/canonical";
import { parseFacetSelection, parsePage, parseQuery, parseSort, type RawSearchParams } from "@/lib/listing/params";
import { matchesAllWords } from "@/lib/listing/text-match";
import type { NewsCardDTO } from "./dto";

export const NEWS_PAGE_SIZE = 20;
// News are read newest first; there is no other order worth offering.
export const NEWS_SORTS = ["neu"] as const;
export type NewsSort = (typeof NEWS_SORTS)[number];
export const NEWS_DEFAULT_SORT: NewsSort = "neu";

export interface NewsListQuery {
  q: string;
  /** Facet parameter → chosen values (lib/facets/registry.ts): thema, art. */
  filters: FacetSelection;
  sort: NewsSort;
  page: number;
}

/** The slugs a visitor can choose from: the Themenfelder (anything else is ignored). */
export type NewsFacetValues = Record<DataSourceOf<"news">, readonly string[]>;

export function newsListSchema(known: NewsFacetValues): ListSchema {
  return { facets: facetValues("news", known), sorts: NEWS_SORTS, defaultSort: NEWS_DEFAULT_SORT };
}

export function parseNewsListQuery(raw: RawSearchParams, known: NewsFacetValues): NewsListQuery {
  return {
    q: parseQuery(raw),
    filters: parseFacetSelection(raw, facetValues("news", known)),
    sort: parseSort(raw, NEWS_SORTS, NEWS_DEFAULT_SORT),
    page: parsePage(raw),
  };
}

const facets = typeFacets<"news", NewsCardDTO>("news", {
  topic: (n) => n.topicSlugs,
  newsKind: (n) => [enumToSlug(n.kind)],
});

/** The news a list query selects (text words and facets), newest first as the cards come, with the facet counts; the list and the feed filter alike. */
export function filterNews<C extends NewsCardDTO>(cards: readonly C[], query: Pick<NewsListQuery, "q" | "filters">) {
  const rows = cards.filter((card) => matchesAllWords(`${card.title} ${card.summary}`, query.q));
  return applyFacets<C>(rows, facets, query.filters);
}

export function searchNews(cards: readonly NewsCardDTO[], query: NewsListQuery) {
  const { matches, counts } = filterNews(cards, query);
  return { ...paginate(matches, query.page, NEWS_PAGE_SIZE), counts };
}
