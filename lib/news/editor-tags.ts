import "server-only";
import { entryTags } from "@/lib/content/cache-tags";
import { NEWS_TAGS } from "./cached";

// The cache tags the public news reads use (lib/news/cached.ts).
export const newsTags = (slugs: readonly string[]): string[] => entryTags(NEWS_TAGS, slugs);
