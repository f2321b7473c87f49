import "server-only";
import { entryTags } from "@/lib/content/cache-tags";
import { ADVISOR_TAGS } from "./cached";

// The cache tags the public advisor reads use (lib/advisor/cached.ts). Programme detail pages
// list their advisors and carry the "advisors" tag, so they are covered by ADVISOR_TAGS.all.
export const advisorTags = (slugs: readonly string[]): string[] => entryTags(ADVISOR_TAGS, slugs);
