import "server-only";
import { unstable_cache } from "next/cache";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { TAXONOMY_TAG } from "@/lib/taxonomy/cached";
import { listPublishedPages } from "./queries";

// Every publish, unpublish, edit and check of the content types already expires their "all" tags,
// so the sitemap follows them without tags of its own; the taxonomy tag brings new or renamed
// Themenfelder. Whether an event is past is decided per request (lib/sitemap/files.ts), never cached.
export const getPublishedPages = unstable_cache(listPublishedPages, ["sitemap-pages"], {
  tags: [
    CONTENT_TAGS.programme.all,
    CONTENT_TAGS.advisor.all,
    CONTENT_TAGS.provider.all,
    CONTENT_TAGS.event.all,
    CONTENT_TAGS.initiative.all,
    CONTENT_TAGS.news.all,
    TAXONOMY_TAG,
  ],
  revalidate: 3600,
});
