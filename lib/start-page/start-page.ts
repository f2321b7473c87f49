import "server-only";
import { getProgrammeCards } from "@/lib/programme/cached";
import { getFacetData } from "@/lib/listing/facet-data";
import { getTopics } from "@/lib/taxonomy/cached";
import { getRecentlyVerified } from "./cached";
import { nearestDeadlines, startPageExpiry } from "./deadlines";
import { getDirectoryCounts } from "./directory-counts";

/**
 * Everything the start page shows, from cached reads (their tags become the page's tags: any
 * change of a programme, advisor or provider expires it), and `validUntil`, the instant the page
 * must expire by itself (startPageExpiry).
 */
export async function getStartPage(now = new Date()) {
  const [counts, cards, topics, facets, verified] = await Promise.all([
    getDirectoryCounts(now),
    getProgrammeCards(),
    getTopics(),
    getFacetData("programme"),
    getRecentlyVerified(),
  ]);
  const deadlines = nearestDeadlines(cards, now);
  return { counts, topics, kreise: facets.options.kreise, deadlines, verified, validUntil: startPageExpiry(cards, deadlines, now) };
}
