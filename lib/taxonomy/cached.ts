import "server-only";
import { unstable_cache } from "next/cache";
import { listRegions, listTopics } from "./queries";

export const TAXONOMY_TAG = "taxonomy";

export const getTopics = unstable_cache(listTopics, ["topics"], { tags: [TAXONOMY_TAG], revalidate: 86400 });
export const getRegions = unstable_cache(listRegions, ["regions"], { tags: [TAXONOMY_TAG], revalidate: 86400 });
