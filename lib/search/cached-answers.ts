import "server-only";
import { unstable_cache } from "next/cache";
import { getSearchEngine } from "./index";
import { SEARCH_PAGE_TAGS } from "./cache-tags";
import type { SearchQuery, SearchResult, Suggestion } from "./types";

// The search API's answers, shared by every instance through the page cache's store (Redis when
// configured). The query carries the Berlin day, so status filters and ranking by deadline turn
// over at midnight with the key; edits, publications, synonym changes and the Meilisearch worker
// expire the answers through the same tags as the cached /suche pages. A failed engine call throws
// and is not stored. The lifetime only bounds how long a made-up query occupies the store.
const ANSWER_LIFETIME_SECONDS = 300;

export function searchCached(query: SearchQuery): Promise<SearchResult> {
  return unstable_cache(async () => (await getSearchEngine()).search(query), ["api-search", JSON.stringify(query)], {
    tags: [...SEARCH_PAGE_TAGS],
    revalidate: ANSWER_LIFETIME_SECONDS,
  })();
}

export function suggestCached(text: string, limit: number): Promise<Suggestion[]> {
  return unstable_cache(async () => (await getSearchEngine()).suggest(text, limit), ["api-suggest", text, String(limit)], {
    tags: [...SEARCH_PAGE_TAGS],
    revalidate: ANSWER_LIFETIME_SECONDS,
  })();
}
