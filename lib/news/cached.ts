import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { TAXONOMY_TAG } from "@/lib/taxonomy/cached";
import { getPublishedNewsBySlug, listPublishedNewsByRoadmapPhase, listPublishedNewsCards } from "./queries";

// Cached reads for pages and the feed; mutations invalidate by tag (NEWS_TAGS) in the service
// layer. Nothing a news page shows depends on the clock, so no entry needs an expiry of its own.
export const NEWS_TAGS = CONTENT_TAGS.news;

export const getNewsCards = cache(
  unstable_cache(listPublishedNewsCards, ["news-cards"], {
    tags: [NEWS_TAGS.all],
    revalidate: 3600,
  }),
);

// The detail names topics and published linked entries, so their edits reach it too.
export function getNewsItem(slug: string) {
  return unstable_cache(() => getPublishedNewsBySlug(slug), ["news-detail", slug], {
    tags: [NEWS_TAGS.all, NEWS_TAGS.one(slug), CONTENT_TAGS.programme.all, CONTENT_TAGS.initiative.all, CONTENT_TAGS.event.all, TAXONOMY_TAG],
    revalidate: 3600,
  })();
}

/** The news that name a roadmap phase, grouped by phase, newest first (for /modellregion). */
export const listNewsByRoadmapPhase = unstable_cache(listPublishedNewsByRoadmapPhase, ["news-roadmap"], {
  tags: [NEWS_TAGS.all],
  revalidate: 3600,
});
