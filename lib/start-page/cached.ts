import "server-only";
import { unstable_cache } from "next/cache";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { listRecentlyVerified } from "./queries";

// Any publish, unpublish, edit or "zuletzt geprüft" of any type expires its type's list tag, and
// with it this read and the start page that shows it.
export const getRecentlyVerified = unstable_cache(() => listRecentlyVerified(), ["start-page-verified"], {
  tags: [CONTENT_TAGS.programme.all, CONTENT_TAGS.advisor.all, CONTENT_TAGS.provider.all],
  revalidate: 3600,
});
