import type { Prisma } from "@/lib/db/client";
import { translationSelect } from "@/lib/content/translations";

// No "server-only" guard: the search-index scripts read initiatives with these selects as well.

/** An initiative's own columns; the detail page, the editor and the search index add their relations. */
export const INITIATIVE_CONTENT_FIELDS = {
  slug: true,
  title: true,
  summary: true,
  description: true,
  ...translationSelect(["title", "summary", "description"]),
  phase: true,
  outcomes: true,
} as const satisfies Prisma.InitiativeSelect;

export const MILESTONE_SELECT = {
  select: { date: true, title: true, description: true, roadmapPhase: true },
  orderBy: [{ date: "asc" }, { sortOrder: "asc" }],
} as const satisfies Prisma.Initiative$milestonesArgs;

export const SOURCE_LINK_SELECT = {
  select: { label: true, url: true },
  orderBy: { sortOrder: "asc" },
} as const satisfies Prisma.Initiative$sourceLinksArgs;
