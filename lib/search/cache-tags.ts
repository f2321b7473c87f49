import "server-only";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { TAXONOMY_TAG } from "@/lib/taxonomy/cached";
import { SEARCH_DOC_TYPES } from "./types";

/**
 * Expires cached search result pages when the engine's answers change without an entry's own
 * tags: synonym groups edited, or Meilisearch having caught up with a commit (its index is written
 * by a job after the transaction, so a page rendered in between showed the old answer).
 */
export const SEARCH_RESULTS_TAG = "search-results";

/** Everything a result page of /suche shows: hits of every type, topic and region names. */
export const SEARCH_PAGE_TAGS: readonly string[] = [SEARCH_RESULTS_TAG, TAXONOMY_TAG, ...SEARCH_DOC_TYPES.map((type) => CONTENT_TAGS[type].all)];

const FAILED_SEARCH_TTL_MS = 30_000;

/** A page rendered while the engine failed is cached this briefly, so results are back soon after it. */
export function expireFailedSearchRender(): Promise<void> {
  return expireRenderAt(new Date(Date.now() + FAILED_SEARCH_TTL_MS));
}
