import type { Prisma } from "@/lib/db/client";
import { optionalDateColumnDay } from "@/lib/dates";
import type { ProgrammeCardDTO } from "./dto";
import { translationSelect } from "@/lib/content/translations";

// No "server-only" guard: the search-index scripts read programmes with these selects as well.

/**
 * A programme's own content columns in one list. The public detail page, the editor, the import
 * and the search index each add their relations and workflow columns to it, so a new content
 * field reaches all of them at once.
 */
export const PROGRAMME_CONTENT_FIELDS = {
  slug: true,
  title: true,
  summary: true,
  description: true,
  ...translationSelect(["title", "summary", "description"]),
  eligibility: true,
  howToApply: true,
  level: true,
  fundingTypes: true,
  targetGroups: true,
  amountText: true,
  amountMin: true,
  amountMax: true,
  applicationStart: true,
  deadline: true,
  maxEmployees: true,
  applyBeforeProjectStart: true,
  sourceUrl: true,
  legalBasisTitle: true,
  legalBasisUrl: true,
  requiredDocuments: true,
  combinability: true,
  combinabilityNote: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
} as const satisfies Prisma.ProgrammeSelect;

/** What a result card needs; the list page reads it for every published programme, so no long texts. */
export const PROGRAMME_CARD_SELECT = {
  slug: true,
  title: true,
  summary: true,
  ...translationSelect(["title", "summary"]),
  level: true,
  fundingTypes: true,
  targetGroups: true,
  amountText: true,
  amountMin: true,
  amountMax: true,
  maxEmployees: true,
  applyBeforeProjectStart: true,
  applicationStart: true,
  deadline: true,
  publishedAt: true,
  createdAt: true,
  fundingBody: { select: { name: true } },
  topics: { select: { slug: true } },
  regions: { select: { slug: true } },
} as const satisfies Prisma.ProgrammeSelect;

export function toProgrammeCardDTO(row: Prisma.ProgrammeGetPayload<{ select: typeof PROGRAMME_CARD_SELECT }>): ProgrammeCardDTO {
  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    titleFr: row.titleFr,
    titleEn: row.titleEn,
    summaryFr: row.summaryFr,
    summaryEn: row.summaryEn,
    level: row.level,
    fundingTypes: row.fundingTypes,
    targetGroups: row.targetGroups,
    topicSlugs: row.topics.map((t) => t.slug),
    regionSlugs: row.regions.map((r) => r.slug),
    fundingBodyName: row.fundingBody.name,
    amountText: row.amountText,
    amountMin: row.amountMin,
    amountMax: row.amountMax,
    maxEmployees: row.maxEmployees,
    applyBeforeProjectStart: row.applyBeforeProjectStart,
    applicationStart: optionalDateColumnDay(row.applicationStart),
    deadline: optionalDateColumnDay(row.deadline),
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
  };
}
