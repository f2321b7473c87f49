import "server-only";
import { entryTags } from "@/lib/content/cache-tags";
import { INITIATIVE_TAGS } from "./cached";

// The cache tags the public initiative reads use (lib/initiative/cached.ts).
export const initiativeTags = (slugs: readonly string[]): string[] => entryTags(INITIATIVE_TAGS, slugs);
