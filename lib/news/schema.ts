import { z } from "zod";
import { optionalSlug } from "@/lib/content/fields";
import { translationFields } from "@/lib/content/translations";
import { NewsKind, RoadmapPhase } from "@/lib/db/enums";
import { listOf, oneOf, optionalDate, requiredText, version } from "@/lib/validation/fields";

// A news item's form input (issue 19, "Aktuelles"). Linked entries are named by their slugs, as on
// the initiative form; the service resolves them and reports unknown ones next to the field. The
// body is rich text, sanitized by the service on every save. Messages are "editor" keys.
export const NEWS_KINDS = Object.values(NewsKind) as [NewsKind, ...NewsKind[]];
const ROADMAP_PHASES = Object.values(RoadmapPhase) as [RoadmapPhase, ...RoadmapPhase[]];

const optionalRoadmapPhase = () =>
  z.preprocess((v) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v), oneOf(ROADMAP_PHASES).optional()).transform((v) => v ?? null);

/** Path segments of /aktuelles that a news item's slug would hide (the cached list views). */
const RESERVED_SLUGS = new Set(["ansicht"]);

/** The news texts that can carry a French and an English version (issue 20). */
export const NEWS_TRANSLATED = ["title", "summary", "body"] as const;
const BODY_MAX = 20_000;

export const newsInput = z.object({
  title: requiredText(200),
  slug: optionalSlug().refine((slug) => slug === null || !RESERVED_SLUGS.has(slug), "newsEditor.validation.reservedSlug"),
  kind: oneOf(NEWS_KINDS),
  /** the teaser on cards and in the feed: plain text */
  summary: requiredText(600),
  body: requiredText(BODY_MAX),
  // French and English versions (issue 20), optional; the body is rich text like the German one.
  ...translationFields({ title: 200, summary: 600, body: BODY_MAX }),
  /** the date readers see (YYYY-MM-DD, Berlin); empty: the day it is published */
  newsDate: optionalDate(),
  topics: listOf(z.string().max(120), { max: 20 }),
  roadmapPhase: optionalRoadmapPhase(),
  programmes: listOf(z.string().max(120), { max: 50 }),
  initiatives: listOf(z.string().max(120), { max: 50 }),
  events: listOf(z.string().max(120), { max: 50 }),
});
export type NewsInput = z.output<typeof newsInput>;

export const newsUpdateInput = newsInput.extend({ version: version() });
export type NewsUpdateInput = z.output<typeof newsUpdateInput>;

/** Field names in form order, for labels, conflict tables and the audit snapshot. */
export const NEWS_FIELDS = Object.keys(newsInput.shape) as (keyof NewsInput)[];
