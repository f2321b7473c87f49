import "server-only";
import { entryTags } from "@/lib/content/cache-tags";
import { PROVIDER_TAGS } from "./cached";

// The cache tags the public provider reads use (lib/provider/cached.ts).
export const providerTags = (slugs: readonly string[]): string[] => entryTags(PROVIDER_TAGS, slugs);
