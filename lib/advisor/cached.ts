import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { PROGRAMME_TAGS } from "@/lib/programme/cached";
import { getPublishedAdvisorBySlug, listPublishedAdvisorCards } from "./queries";

// Cached reads for pages; mutations invalidate by tag (ADVISOR_TAGS) in the service layer.
export const ADVISOR_TAGS = CONTENT_TAGS.advisor;

// React's cache() on top: the list render and its organisation facet (lib/listing/facet-data.ts)
// both need the cards, and one request should fetch and decode them from the shared cache once.
export const getAdvisorCards = cache(
  unstable_cache(listPublishedAdvisorCards, ["advisor-cards"], {
    tags: [ADVISOR_TAGS.all],
    revalidate: 3600,
  }),
);

// The detail lists programmes (title, dates, publication), so programme edits invalidate it too.
export function getAdvisor(slug: string) {
  return unstable_cache(() => getPublishedAdvisorBySlug(slug), ["advisor-detail", slug], {
    tags: [ADVISOR_TAGS.all, ADVISOR_TAGS.one(slug), PROGRAMME_TAGS.all],
    revalidate: 3600,
  })();
}
