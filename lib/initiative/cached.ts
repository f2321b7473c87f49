import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { TAXONOMY_TAG } from "@/lib/taxonomy/cached";
import {
  getPublishedInitiativeBySlug,
  listPublishedInitiativeCards,
  listPublishedInitiativesForTopic,
  listPublishedMilestonesByRoadmapPhase,
} from "./queries";

// Cached reads for pages; mutations invalidate by tag (INITIATIVE_TAGS) in the service layer. The
// DTOs carry milestone dates, never "done" marks, so a cached entry cannot go stale at midnight.
export const INITIATIVE_TAGS = CONTENT_TAGS.initiative;

export const getInitiativeCards = cache(
  unstable_cache(listPublishedInitiativeCards, ["initiative-cards"], {
    // Cards name regions and the responsible body; taxonomy edits rename them.
    tags: [INITIATIVE_TAGS.all, TAXONOMY_TAG],
    revalidate: 3600,
  }),
);

// The detail names published programmes and the contact advisor, so their edits reach it too.
export function getInitiative(slug: string) {
  return unstable_cache(() => getPublishedInitiativeBySlug(slug), ["initiative-detail", slug], {
    tags: [INITIATIVE_TAGS.all, INITIATIVE_TAGS.one(slug), CONTENT_TAGS.programme.all, CONTENT_TAGS.advisor.all, TAXONOMY_TAG],
    revalidate: 3600,
  })();
}

/** The published initiatives of one Themenfeld as cards with phase and milestones (for /themen/<slug>). */
export function listInitiativesForTopic(topicSlug: string) {
  return unstable_cache(() => listPublishedInitiativesForTopic(topicSlug), ["initiatives-for-topic", topicSlug], {
    tags: [INITIATIVE_TAGS.all, TAXONOMY_TAG],
    revalidate: 3600,
  })();
}

/** The roadmap's milestones grouped by phase (for /modellregion). */
export const listMilestonesByRoadmapPhase = unstable_cache(listPublishedMilestonesByRoadmapPhase, ["initiative-roadmap"], {
  tags: [INITIATIVE_TAGS.all],
  revalidate: 3600,
});
