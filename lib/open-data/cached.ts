import "server-only";
import { unstable_cache } from "next/cache";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { TAXONOMY_TAG } from "@/lib/taxonomy/cached";
import { listOpenTaxonomy, listPublishedStamps } from "./queries";

// Cached like the list pages' cards and expired by the same tags, so the API reads the database
// only after a change (or hourly), never per request.
export const getPublishedStamps = unstable_cache(listPublishedStamps, ["open-data-stamps"], {
  tags: [CONTENT_TAGS.programme.all, CONTENT_TAGS.advisor.all, CONTENT_TAGS.provider.all, CONTENT_TAGS.event.all, CONTENT_TAGS.initiative.all],
  revalidate: 3600,
});

// Organisations appear and disappear with the entries that publish them; taxonomy edits expire TAXONOMY_TAG.
export const getOpenTaxonomy = unstable_cache(listOpenTaxonomy, ["open-data-taxonomy"], {
  tags: [TAXONOMY_TAG, CONTENT_TAGS.programme.all, CONTENT_TAGS.advisor.all],
  revalidate: 3600,
});
