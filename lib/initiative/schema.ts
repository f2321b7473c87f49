import { z } from "zod";
import { optionalSlug, reference } from "@/lib/content/fields";
import { translationFields } from "@/lib/content/translations";
import { InitiativePhase, RoadmapPhase } from "@/lib/db/enums";
import { listOf, oneOf, optionalText, requiredText, version } from "@/lib/validation/fields";

// The initiative's form input (issue 19). Linked entries are named by their slugs, as on the
// advisor form; the service resolves them and reports unknown ones next to the field. The
// description is rich text, sanitized by the service on every save. Messages are "editor" keys.
export const INITIATIVE_PHASES = Object.values(InitiativePhase) as [InitiativePhase, ...InitiativePhase[]];
export const ROADMAP_PHASES = Object.values(RoadmapPhase) as [RoadmapPhase, ...RoadmapPhase[]];

/** The initiative texts that can carry a French and an English version (issue 20). */
export const INITIATIVE_TRANSLATED = ["title", "summary", "description"] as const;
const DESCRIPTION_MAX = 20_000;

/** Row limits of the repeated fieldsets (the form offers the saved rows plus empty ones). */
export const MAX_MILESTONES = 40;
export const MAX_SOURCE_LINKS = 10;

const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** A row the editor left empty is no row; it stays null while validating, so messages keep its index. */
const rowOrEmpty = <T extends z.ZodType>(row: T) =>
  z.preprocess((v) => (v && typeof v === "object" && Object.values(v).every(blank) ? null : v), row.nullable());

const rows = <T extends z.ZodType>(row: T, max: number) =>
  z
    .preprocess((v) => (v === undefined || v === null || v === "" ? [] : v), z.array(rowOrEmpty(row)))
    .transform((list) => list.filter((item): item is z.output<T> => item !== null))
    .refine((list) => list.length <= max, "validation.tooMany");

/** A calendar day (YYYY-MM-DD from <input type="date">, or German DD.MM.YYYY). */
const requiredDay = () =>
  z.preprocess((v) => {
    const s = typeof v === "string" ? v.trim() : v;
    const german = typeof s === "string" ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s) : null;
    return german ? `${german[3]}-${german[2]!.padStart(2, "0")}-${german[1]!.padStart(2, "0")}` : s === "" ? undefined : s;
  }, z.iso.date({ error: (issue) => (issue.input === undefined ? "validation.required" : "validation.date") }));

const optionalRoadmapPhase = () =>
  z.preprocess((v) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v), oneOf(ROADMAP_PHASES).optional()).transform((v) => v ?? null);

export const milestoneFields = z.object({
  date: requiredDay(),
  title: requiredText(200),
  description: optionalText(1000),
  roadmapPhase: optionalRoadmapPhase(),
});
export type MilestoneInput = z.output<typeof milestoneFields>;

const sourceLinkFields = z.object({
  label: requiredText(200),
  url: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: "validation.required" })
      .min(1, "validation.required")
      .max(500, "validation.tooLong")
      .refine((v) => {
        try {
          return ["http:", "https:"].includes(new URL(v).protocol);
        } catch {
          return false;
        }
      }, "validation.url"),
  ),
});
export type SourceLinkInput = z.output<typeof sourceLinkFields>;

export const initiativeInput = z.object({
  title: requiredText(200),
  slug: optionalSlug(),
  summary: requiredText(600),
  description: requiredText(DESCRIPTION_MAX),
  // French and English versions (issue 20), optional; description is rich text like the German one.
  ...translationFields({ title: 200, summary: 600, description: DESCRIPTION_MAX }),
  responsibleBody: reference(),
  regions: listOf(z.string().max(120), { max: 20 }),
  topics: listOf(z.string().max(120), { max: 20 }),
  phase: oneOf(INITIATIVE_PHASES),
  programmes: listOf(z.string().max(120), { max: 50 }),
  /** an advisor's slug; empty: no contact */
  contactAdvisor: z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined), z.string().max(120).optional()).transform((v) => v ?? null),
  outcomes: optionalText(5000),
  milestones: rows(milestoneFields, MAX_MILESTONES),
  sourceLinks: rows(sourceLinkFields, MAX_SOURCE_LINKS),
});
export type InitiativeInput = z.output<typeof initiativeInput>;

export const initiativeUpdateInput = initiativeInput.extend({ version: version() });
export type InitiativeUpdateInput = z.output<typeof initiativeUpdateInput>;

/** Field names in form order, for labels, conflict tables and the audit snapshot. */
export const INITIATIVE_FIELDS = Object.keys(initiativeInput.shape) as (keyof InitiativeInput)[];

const ROW_FIELDS = {
  milestones: ["date", "title", "description", "roadmapPhase"],
  sourceLinks: ["label", "url"],
} as const;
export type RowList = keyof typeof ROW_FIELDS;
export const ROW_FIELD_NAMES = ROW_FIELDS;

/**
 * The form sends each row as flat fields ("milestones.2.title"); this rebuilds the arrays the
 * schema expects, one entry per offered row (up to the highest index sent), so messages keep the
 * index of the row they belong to. Indexes beyond the limit are dropped.
 */
export function initiativeFormToInput(values: Record<string, string | string[]>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  const lists: Record<RowList, Record<string, string>[]> = { milestones: [], sourceLinks: [] };
  const limits: Record<RowList, number> = { milestones: MAX_MILESTONES + 10, sourceLinks: MAX_SOURCE_LINKS + 5 };
  for (const [key, value] of Object.entries(values)) {
    const match = /^(milestones|sourceLinks)\.(\d{1,3})\.([a-zA-Z]+)$/.exec(key);
    if (!match) {
      rest[key] = value;
      continue;
    }
    const list = match[1] as RowList;
    const index = Number(match[2]);
    const field = match[3]!;
    if (index >= limits[list] || !(ROW_FIELDS[list] as readonly string[]).includes(field)) continue;
    for (let i = lists[list].length; i <= index; i++) lists[list].push({});
    lists[list][index]![field] = Array.isArray(value) ? (value[0] ?? "") : value;
  }
  return { ...rest, milestones: lists.milestones, sourceLinks: lists.sourceLinks };
}
