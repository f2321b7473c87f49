import "server-only";
import { unstable_cache } from "next/cache";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { getPublishedProviderBySlug, listPublishedProviderCards } from "./queries";

// Cached reads for pages; mutations invalidate by tag (PROVIDER_TAGS) in the service layer.
export const PROVIDER_TAGS = CONTENT_TAGS.provider;

export const getProviderCards = unstable_cache(listPublishedProviderCards, ["provider-cards"], {
  tags: [PROVIDER_TAGS.all],
  revalidate: 3600,
});

export function getProvider(slug: string) {
  return unstable_cache(() => getPublishedProviderBySlug(slug), ["provider-detail", slug], {
    tags: [PROVIDER_TAGS.all, PROVIDER_TAGS.one(slug)],
    revalidate: 3600,
  })();
}
