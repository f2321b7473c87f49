import "server-only";
import { entryTags } from "@/lib/content/cache-tags";
import { EVENT_TAGS } from "./cached";

// The cache tags the public event reads use (lib/event/cached.ts).
export const eventTags = (slugs: readonly string[]): string[] => entryTags(EVENT_TAGS, slugs);
