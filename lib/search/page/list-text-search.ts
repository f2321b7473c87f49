import "server-only";
import { berlinDay } from "@/lib/dates";
import { pageLocale } from "@/lib/i18n/href";
import { STATUS_FACET_PARAM, derivedFacetParamsOf, indexedFacetParamsOf, type FacetSelection } from "@/lib/facets/registry";
import type { FacetCounts } from "@/lib/listing/facet-engine";
import { getSearchEngine } from "@/lib/search";
import type { SearchDocType, SearchSort, SearchStatusFilter } from "@/lib/search/types";
import { logSearchFailure } from "./log";
import { tagRender } from "@/lib/cache/expire-render";
import { SEARCH_RESULTS_TAG, expireFailedSearchRender } from "@/lib/search/cache-tags";

// The directories' text box (q) goes through the search engine, which is forgiving about typos and
// spelling; the cards still come from the cached projections, so they look exactly as without q.

/** Engines cap a page (PostgreSQL at 100); all matches are read in pages of this size. */
const CHUNK = 100;
/** Enough for every match of one directory at the portal's size (hundreds of entries). */
const MAX_MATCHES = 1000;

interface Input<Card> {
  type: SearchDocType;
  q: string;
  /** The list's facet selection: stored facets become the engine's filters, the status its statuses. */
  selection: FacetSelection;
  /** The engine's order for the list's sort; null when only the list can sort (all matches are fetched). */
  sort: SearchSort | null;
  page: number;
  pageSize: number;
  cards: readonly Card[];
}

export interface ListTextResult<Card> {
  /** The page's cards in the engine's order, or every match (unsorted) when `sort` was null. */
  matches: Card[];
  total: number;
  page: number;
  pages: number;
  start: number;
  counts: FacetCounts;
}

/** null when the engine fails: the caller falls back to the in-memory text match. */
export async function engineListSearch<Card extends { slug: string }>(input: Input<Card>): Promise<ListTextResult<Card> | null> {
  const indexed = indexedFacetParamsOf(input.type);
  const filters = Object.fromEntries(indexed.flatMap((param) => (input.selection[param]?.length ? [[param, input.selection[param]]] : [])));
  const statuses = (input.selection[STATUS_FACET_PARAM] ?? []) as SearchStatusFilter[];
  const facets = [...indexed, ...derivedFacetParamsOf(input.type)];
  // The page's language: a French list page also matches French stems in translated entries.
  const base = { text: input.q, types: [input.type], filters, statuses, facets, today: berlinDay(), language: await pageLocale() };
  try {
    const engine = await getSearchEngine();
    const paged = input.sort !== null;
    const query = paged
      ? { ...base, sort: input.sort!, page: input.page, pageSize: input.pageSize }
      : { ...base, sort: "relevance" as const, page: 1, pageSize: CHUNK };
    let result = await engine.search(query);
    const pages = Math.max(1, Math.ceil(result.total / input.pageSize));
    const page = Math.min(input.page, pages);
    if (paged && page !== input.page) result = await engine.search({ ...query, page });
    let hits = result.hits;
    if (!paged && result.total > hits.length) {
      // The rest of the matches, without counting facets again.
      const more = Array.from({ length: Math.ceil(Math.min(result.total, MAX_MATCHES) / CHUNK) - 1 }, (_, i) =>
        engine.search({ ...query, page: i + 2, facets: [] }),
      );
      hits = [...hits, ...(await Promise.all(more)).flatMap((r) => r.hits)];
    }
    const bySlug = new Map(input.cards.map((card) => [card.slug, card]));
    // A hit without a card (index and cache briefly apart after an edit) is left out.
    const matches = hits.flatMap((hit) => bySlug.get(hit.slug) ?? []);
    // The cards' own tags expire a cached result page on edits; this one on synonym changes and
    // on Meilisearch catching up.
    await tagRender([SEARCH_RESULTS_TAG]);
    return { matches, total: result.total, page, pages, start: (page - 1) * input.pageSize, counts: result.facetCounts };
  } catch (error) {
    logSearchFailure(`${input.type} list`, error);
    // The page falls back to a plain text match, which must not outlive the outage in the cache.
    await expireFailedSearchRender();
    return null;
  }
}
