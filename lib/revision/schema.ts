import { z } from "zod";
import { ADVISOR_TRANSLATED, advisorInput } from "@/lib/advisor/schema";
import { translatedKeys } from "@/lib/content/translations";
import { PROVIDER_TRANSLATED, providerInput } from "@/lib/provider/schema";

// What an advisor or provider may change on their own entry (issue 5, item 3): contact data, texts
// (with their French and English versions, issue 20) and the descriptive lists. Name, kind, slug, organisation, linked programmes and the workflow
// status stay with the editors. The schemas are the entity's own form schemas cut to these
// fields; zod drops every other key, so a posted id, slug or status never reaches the service.
export const ADVISOR_SELF_FIELDS = [
  "jobTitle",
  "summary",
  "topics",
  "regions",
  "languages",
  "consultationModes",
  "email",
  "phone",
  "street",
  "postalCode",
  "town",
  "officeHours",
  "bookingUrl",
  ...translatedKeys(ADVISOR_TRANSLATED),
] as const;

export const PROVIDER_SELF_FIELDS = [
  "summary",
  "description",
  "services",
  "industries",
  "certifications",
  "size",
  "foundedYear",
  "street",
  "postalCode",
  "town",
  "region",
  "email",
  "phone",
  "website",
  "references",
  ...translatedKeys(PROVIDER_TRANSLATED),
] as const;

const pick = <T extends string>(fields: readonly T[]) => Object.fromEntries(fields.map((f) => [f, true])) as { [K in T]: true };

export const advisorSelfInput = advisorInput.pick(pick(ADVISOR_SELF_FIELDS));
export const providerSelfInput = providerInput.pick(pick(PROVIDER_SELF_FIELDS));
export type AdvisorSelfInput = z.output<typeof advisorSelfInput>;
export type ProviderSelfInput = z.output<typeof providerSelfInput>;

export type RevisionEntityType = "advisor" | "provider";

export const selfFields = (type: RevisionEntityType): readonly string[] => (type === "advisor" ? ADVISOR_SELF_FIELDS : PROVIDER_SELF_FIELDS);

/** The translation columns among them (a proposal made before there were any leaves them alone). */
export const selfTranslatedKeys = (type: RevisionEntityType): readonly string[] => translatedKeys(type === "advisor" ? ADVISOR_TRANSLATED : PROVIDER_TRANSLATED);

export const rejectSchema = z.object({
  reason: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ error: "validation.required" }).min(1, "validation.required").max(2000, "validation.tooLong")),
});
