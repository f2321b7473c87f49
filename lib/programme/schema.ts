import { z } from "zod";
import { Combinability, FundingLevel, FundingType, TargetGroup } from "@/lib/db/enums";
import { optionalSlug } from "@/lib/content/fields";
import { translationFields } from "@/lib/content/translations";
import { listOf, oneOf, optionalDate, optionalEmail, optionalInt, optionalText, optionalUrl, requiredText, requiredUrl, version } from "@/lib/validation/fields";

// The programme form and import input. Messages are keys of the "editor" catalogue namespace.
// Rich text fields arrive as typed (plain text or HTML); the service sanitizes them on save.
const RICH_TEXT_MAX = 20_000;
/** The programme texts that can carry a French and an English version. */
export const PROGRAMME_TRANSLATED = ["title", "summary", "description"] as const;

const values = <T extends Record<string, string>>(e: T) => Object.values(e) as [T[keyof T], ...T[keyof T][]];

/** "ja" / "nein" of a select or file cell; empty (the form's "keine Angabe") is null. */
const optionalYesNo = () =>
  z
    .preprocess((v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toLowerCase()) : v), z.enum(["ja", "nein"], { error: "validation.invalidOption" }).optional())
    .transform((v) => (v === undefined ? null : v === "ja"));

/** An optional choice: empty (the form's "keine Angabe") is null. */
const optionalOneOf = <T extends readonly [string, ...string[]]>(choices: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), oneOf(choices).optional()).transform((v) => v ?? null);

const id = () => z.string().min(1, "validation.invalidOption").max(64, "validation.invalidOption");

export const programmeFields = {
  title: requiredText(200),
  slug: optionalSlug(),
  summary: requiredText(600),
  description: requiredText(RICH_TEXT_MAX),
  eligibility: optionalText(RICH_TEXT_MAX),
  howToApply: optionalText(RICH_TEXT_MAX),
  // French and English versions (issue 20), optional; description is rich text like the German one.
  ...translationFields({ title: 200, summary: 600, description: RICH_TEXT_MAX }),
  fundingBodyId: requiredText(64),
  level: oneOf(values(FundingLevel)),
  fundingTypes: listOf(oneOf(values(FundingType)), { min: 1, max: 10 }),
  targetGroups: listOf(oneOf(values(TargetGroup)), { min: 1, max: 20 }),
  topicIds: listOf(id(), { max: 50 }),
  regionIds: listOf(id(), { max: 50 }),
  advisorIds: listOf(id(), { max: 200 }),
  amountText: optionalText(200),
  amountMin: optionalInt(0, 2_000_000_000),
  amountMax: optionalInt(0, 2_000_000_000),
  applicationStart: optionalDate(),
  deadline: optionalDate(),
  // Conditions the Förder-Check compares with the visitor's answers (issue 15); null: not stated.
  maxEmployees: optionalInt(1, 1_000_000),
  applyBeforeProjectStart: optionalYesNo(),
  sourceUrl: requiredUrl(),
  // What an applicant needs beyond the basics (issue 14): legal basis, documents, combinability,
  // the funding body's contact for this programme, and what replaces it once it has closed.
  legalBasisTitle: optionalText(300),
  legalBasisUrl: optionalUrl(),
  requiredDocuments: optionalText(RICH_TEXT_MAX),
  combinability: optionalOneOf(values(Combinability)),
  combinabilityNote: optionalText(1000),
  contactName: optionalText(200),
  contactEmail: optionalEmail(),
  contactPhone: optionalText(50),
  successorIds: listOf(id(), { max: 20 }),
  version: version().optional(),
};

/** The editable fields, in form order (conflict tables and exports use this order too). */
export const PROGRAMME_FIELDS = Object.keys(programmeFields).filter((f) => f !== "version") as Exclude<
  keyof typeof programmeFields,
  "version"
>[];
export type ProgrammeField = (typeof PROGRAMME_FIELDS)[number];

export const programmeSchema = z.object(programmeFields).superRefine((input, ctx) => {
  if (input.amountMin !== null && input.amountMax !== null && input.amountMin > input.amountMax) {
    ctx.addIssue({ code: "custom", path: ["amountMax"], message: "validation.amountRange" });
  }
  // Calendar days as YYYY-MM-DD compare correctly as strings.
  if (input.applicationStart && input.deadline && input.deadline < input.applicationStart) {
    ctx.addIssue({ code: "custom", path: ["deadline"], message: "validation.endBeforeStart" });
  }
  // A link without a title would show a bare URL as the name of the Förderrichtlinie.
  if (input.legalBasisUrl && !input.legalBasisTitle) {
    ctx.addIssue({ code: "custom", path: ["legalBasisTitle"], message: "programmeEditor.form.validation.legalBasisTitleMissing" });
  }
});

export type ProgrammeInput = z.output<typeof programmeSchema>;

/** For the edit form: the version the user started from is required. */
export const programmeUpdateSchema = programmeSchema.refine((input) => input.version !== undefined, {
  path: ["version"],
  message: "validation.number",
});
