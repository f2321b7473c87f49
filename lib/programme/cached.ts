import "server-only";
import { unstable_cache } from "next/cache";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { getPublishedProgrammeBySlug, listPublishedProgrammeCards } from "./queries";

// Cached reads for pages. The DTOs contain dates, not statuses, so a cached entry never carries a
// stale status; mutations invalidate by tag (PROGRAMME_TAGS) in the service layer.
export const PROGRAMME_TAGS = CONTENT_TAGS.programme;

export const getProgrammeCards = unstable_cache(listPublishedProgrammeCards, ["programme-cards"], {
  tags: [PROGRAMME_TAGS.all],
  revalidate: 3600,
});

export function getProgramme(slug: string) {
  return unstable_cache(() => getPublishedProgrammeBySlug(slug), ["programme-detail", slug], {
    // The page lists the programme's advisors, so advisor changes must reach it too.
    tags: [PROGRAMME_TAGS.all, PROGRAMME_TAGS.one(slug), "advisors"],
    revalidate: 3600,
  })();
}
