import { z } from "zod";
import { optionalSlug, postalCode, reference } from "@/lib/content/fields";
import { translationFields } from "@/lib/content/translations";
import { CompanySize, Industry, ServiceCategory } from "@/lib/db/enums";
import { listOf, oneOf, optionalEmail, optionalPastYear, optionalText, optionalUrl, requiredText, textList, version } from "@/lib/validation/fields";

// The provider's form and import input (one schema for both). The region is named by its slug;
// the description is rich text and is sanitized by the service on every save, whoever sends it.
export const PROVIDER_SERVICES = Object.values(ServiceCategory) as [ServiceCategory, ...ServiceCategory[]];
export const PROVIDER_INDUSTRIES = Object.values(Industry) as [Industry, ...Industry[]];
export const PROVIDER_SIZES = Object.values(CompanySize) as [CompanySize, ...CompanySize[]];
export const MAX_REFERENCES = 5;
/** The provider texts that can carry a French and an English version (issue 20); the name is not translated. */
export const PROVIDER_TRANSLATED = ["summary", "description"] as const;
/** Their controls in the editor's and the own-profile form (components/editor/translation-fields.tsx), as the German ones. */
export const PROVIDER_TRANSLATION_FIELDS = [
  { name: "summary", kind: "textarea" },
  { name: "description", kind: "richText" },
] as const;
const DESCRIPTION_MAX = 20_000;

const referenceFields = z.object({
  title: requiredText(200),
  client: optionalText(200),
  description: requiredText(2000),
  year: optionalPastYear(),
});

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

// A fieldset the editor left empty is no reference (the form always offers five); it stays in the
// array as null while validating, so messages keep the index of the fieldset they belong to.
const referenceOrEmpty = z.preprocess(
  (v) => (v && typeof v === "object" && Object.values(v).every(isBlank) ? null : v),
  referenceFields.nullable(),
);

const references = () =>
  z
    .preprocess((v) => (v === undefined || v === null || v === "" ? [] : v), z.array(referenceOrEmpty).max(MAX_REFERENCES, "validation.tooMany"))
    .transform((list) => list.filter((item): item is z.output<typeof referenceFields> => item !== null));

export const providerInput = z.object({
  slug: optionalSlug(),
  name: requiredText(200),
  summary: requiredText(1000),
  description: requiredText(DESCRIPTION_MAX),
  // French and English versions (issue 20), optional; the description is rich text like the German one.
  ...translationFields({ summary: 1000, description: DESCRIPTION_MAX }),
  services: listOf(oneOf(PROVIDER_SERVICES), { min: 1, max: PROVIDER_SERVICES.length }),
  industries: listOf(oneOf(PROVIDER_INDUSTRIES), { max: PROVIDER_INDUSTRIES.length }),
  certifications: textList(20, 100),
  size: oneOf(PROVIDER_SIZES),
  foundedYear: optionalPastYear(),
  street: optionalText(200),
  postalCode: postalCode(),
  town: requiredText(100),
  region: reference(),
  email: optionalEmail(),
  phone: optionalText(50),
  website: optionalUrl(),
  references: references(),
});
export type ProviderInput = z.output<typeof providerInput>;
export type ProviderReferenceInput = ProviderInput["references"][number];

export const providerUpdateInput = providerInput.extend({ version: version() });
export type ProviderUpdateInput = z.output<typeof providerUpdateInput>;

export const PROVIDER_FIELDS = Object.keys(providerInput.shape) as (keyof ProviderInput)[];

/**
 * The form sends each reference as flat fields ("references.2.title"); this rebuilds the array the
 * schema expects, one entry per offered fieldset, so errors keep their fieldset's index.
 */
export function providerFormToInput(values: Record<string, string | string[]>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  const refs: Record<string, string>[] = Array.from({ length: MAX_REFERENCES }, () => ({}));
  for (const [key, value] of Object.entries(values)) {
    const match = /^references\.(\d)\.(title|client|description|year)$/.exec(key);
    if (!match) {
      rest[key] = value;
      continue;
    }
    const index = Number(match[1]);
    if (index < MAX_REFERENCES) refs[index]![match[2]!] = Array.isArray(value) ? (value[0] ?? "") : value;
  }
  return { ...rest, references: refs };
}
