import "server-only";
import { unstable_cache } from "next/cache";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { listPublishedPages } from "./queries";

// Every publish, unpublish, edit and check of the three types already expires their "all" tags,
// so the sitemap follows them without tags of its own.
export const getPublishedPages = unstable_cache(listPublishedPages, ["sitemap-pages"], {
  tags: [CONTENT_TAGS.programme.all, CONTENT_TAGS.advisor.all, CONTENT_TAGS.provider.all],
  revalidate: 3600,
});
