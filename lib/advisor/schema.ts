import { z } from "zod";
import { AdvisorKind, ConsultationMode } from "@/lib/db/enums";
import { listOf, oneOf, optionalEmail, optionalText, optionalUrl, requiredText, textList, version } from "@/lib/validation/fields";
import { optionalSlug, postalCode, reference } from "@/lib/content/fields";
import { translationFields } from "@/lib/content/translations";

// The advisor's form and import input (one schema for both). Linked entries are named by their
// slugs, which are stable and readable in a CSV file; the service resolves them to rows and
// reports unknown ones next to the field. Messages are "editor" catalogue keys.
export const ADVISOR_KINDS = Object.values(AdvisorKind) as [AdvisorKind, ...AdvisorKind[]];
export const ADVISOR_CONSULTATION_MODES = Object.values(ConsultationMode) as [ConsultationMode, ...ConsultationMode[]];
/** The advisor texts that can carry a French and an English version (issue 20); the name is not translated. */
export const ADVISOR_TRANSLATED = ["jobTitle", "summary", "officeHours"] as const;
/** Their controls in the editor's and the own-profile form (components/editor/translation-fields.tsx), as the German ones. */
export const ADVISOR_TRANSLATION_FIELDS = [
  { name: "jobTitle", kind: "text" },
  { name: "summary", kind: "textarea" },
  { name: "officeHours", kind: "textarea" },
] as const;

/** ISO 639-1 codes ("de", "fr"), one per line or comma-separated; stored lower-case. */
const languages = () =>
  textList(10, 20)
    .transform((list) => [...new Set(list.map((code) => code.toLowerCase()))])
    .refine((list) => list.every((code) => /^[a-z]{2}$/.test(code)), "validation.languageCode");

export const advisorInput = z.object({
  slug: optionalSlug(),
  kind: oneOf(ADVISOR_KINDS),
  name: requiredText(200),
  jobTitle: optionalText(200),
  summary: requiredText(1000),
  organisation: reference(),
  topics: listOf(z.string().max(120), { max: 20 }),
  programmes: listOf(z.string().max(120), { max: 200 }),
  regions: listOf(z.string().max(120), { min: 1, max: 20 }),
  languages: languages(),
  consultationModes: listOf(oneOf(ADVISOR_CONSULTATION_MODES), { max: ADVISOR_CONSULTATION_MODES.length }),
  email: optionalEmail(),
  phone: optionalText(50),
  street: optionalText(200),
  postalCode: postalCode(),
  town: optionalText(100),
  officeHours: optionalText(500),
  bookingUrl: optionalUrl(),
  // French and English versions (issue 20), optional, each as long as its German field may be.
  ...translationFields({ jobTitle: 200, summary: 1000, officeHours: 500 }),
});
export type AdvisorInput = z.output<typeof advisorInput>;

/** The edit form also carries the version it was loaded at (optimistic locking). */
export const advisorUpdateInput = advisorInput.extend({ version: version() });
export type AdvisorUpdateInput = z.output<typeof advisorUpdateInput>;

/** Field names in form order, for labels, conflict tables and the audit snapshot. */
export const ADVISOR_FIELDS = Object.keys(advisorInput.shape) as (keyof AdvisorInput)[];
