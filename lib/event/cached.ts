import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { getPublishedEventBySlug, listPublishedEventCards } from "./queries";

// Cached reads for pages; mutations invalidate by tag (EVENT_TAGS) in the service layer. Whether an
// event is past is derived from the cards at render time, never cached (lib/event/timing.ts).
export const EVENT_TAGS = CONTENT_TAGS.event;

export const getEventCards = cache(
  unstable_cache(listPublishedEventCards, ["event-cards"], {
    tags: [EVENT_TAGS.all],
    revalidate: 3600,
  }),
);

export function getEvent(slug: string) {
  return unstable_cache(() => getPublishedEventBySlug(slug), ["event-detail", slug], {
    tags: [EVENT_TAGS.all, EVENT_TAGS.one(slug)],
    revalidate: 3600,
  })();
}
