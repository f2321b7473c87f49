import "server-only";
import { unstable_cache } from "next/cache";
import { findTopicPageText, listRegions, listServiceTopics, listTopics } from "./queries";

export const TAXONOMY_TAG = "taxonomy";
/** On every provider and programme page (their "passend" sections); expired when editors change the mapping. */
export const SERVICE_TOPICS_TAG = "service-topics";

export const getTopics = unstable_cache(listTopics, ["topics"], { tags: [TAXONOMY_TAG], revalidate: 86400 });
export const getRegions = unstable_cache(listRegions, ["regions"], { tags: [TAXONOMY_TAG], revalidate: 86400 });
export const getServiceTopics = unstable_cache(listServiceTopics, ["service-topics"], { tags: [SERVICE_TOPICS_TAG], revalidate: 86400 });

export function getTopicPageText(slug: string) {
  return unstable_cache(() => findTopicPageText(slug), ["topic-page-text", slug], { tags: [TAXONOMY_TAG], revalidate: 86400 })();
}
