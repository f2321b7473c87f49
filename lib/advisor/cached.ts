import "server-only";
import { unstable_cache } from "next/cache";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { PROGRAMME_TAGS } from "@/lib/programme/cached";
import { getPublishedAdvisorBySlug, listPublishedAdvisorCards } from "./queries";

// Cached reads for pages; mutations invalidate by tag (ADVISOR_TAGS) in the service layer.
export const ADVISOR_TAGS = CONTENT_TAGS.advisor;

export const getAdvisorCards = unstable_cache(listPublishedAdvisorCards, ["advisor-cards"], {
  tags: [ADVISOR_TAGS.all],
  revalidate: 3600,
});

// The detail lists programmes (title, dates, publication), so programme edits invalidate it too.
export function getAdvisor(slug: string) {
  return unstable_cache(() => getPublishedAdvisorBySlug(slug), ["advisor-detail", slug], {
    tags: [ADVISOR_TAGS.all, ADVISOR_TAGS.one(slug), PROGRAMME_TAGS.all],
    revalidate: 3600,
  })();
}
