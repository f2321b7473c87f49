import { z } from "zod";
import { ServiceCategory } from "@/lib/db/enums";
import { optionalText, requiredText, version } from "@/lib/validation/fields";

// Topic slugs are fixed (bookmarked filter URLs use them); only name, texts and order change.
export const topicUpdateSchema = z.object({
  id: z.string().min(1),
  name: requiredText(100),
  description: requiredText(1000),
  pageText: optionalText(6000),
  sortOrder: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string().min(1, "validation.required").regex(/^-?\d+$/, "validation.number").transform(Number).pipe(z.number().int().min(0, "validation.numberRange").max(999, "validation.numberRange")),
  ),
  /** the topic's version the form was loaded at (the optimistic lock) */
  version: version(),
});
export type TopicUpdateInput = z.output<typeof topicUpdateSchema>;

export const MAX_TERM_LENGTH = 60;
export const MAX_TERMS = 30;

/** "  Künstliche   Intelligenz " → "künstliche intelligenz": the form the search engines compare. */
export const normalizeTerm = (term: string) => term.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("de-DE");

// Messages starting with "taxonomy." are this area's own catalogue keys (editorOverview.validation).
export const synonymTermsSchema = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[\n,;]/) : Array.isArray(v) ? v : []),
  z
    .array(z.string())
    .transform((terms) => [...new Set(terms.map(normalizeTerm).filter((t) => t !== ""))])
    .pipe(
      z
        .array(z.string().max(MAX_TERM_LENGTH, "taxonomy.termTooLong"))
        .min(2, "taxonomy.twoTerms")
        .max(MAX_TERMS, "taxonomy.tooManyTerms"),
    ),
);

export const synonymCreateSchema = z.object({ terms: synonymTermsSchema });
/** `version` is the group's version the form was loaded at (the optimistic lock). */
export const synonymUpdateSchema = z.object({
  id: z.string().min(1),
  terms: synonymTermsSchema,
  version: version(),
});
export type SynonymCreateInput = z.output<typeof synonymCreateSchema>;
export type SynonymUpdateInput = z.output<typeof synonymUpdateSchema>;

/**
 * The Leistung ↔ Themenfeld matrix as the form posts it: per Leistung `topics.<SERVICE>` (the
 * checked topic ids, with an empty marker so "none" arrives too) and `version.<SERVICE>` (the row's
 * lock). Only the Leistungen the form names are written.
 */
export const serviceTopicsUpdateSchema = z.preprocess(
  (raw) => {
    const values = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
    const list = (v: unknown) => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string" && x !== "");
    const rows = Object.values(ServiceCategory)
      .filter((service) => `version.${service}` in values)
      .map((service) => ({ service, topicIds: [...new Set(list(values[`topics.${service}`]))], version: values[`version.${service}`] }));
    return { rows };
  },
  z.object({
    rows: z
      .array(z.object({ service: z.enum(ServiceCategory), topicIds: z.array(z.string().min(1).max(40)).max(50), version: version() }))
      .min(1, "errors.invalid"),
  }),
);
export type ServiceTopicsUpdateInput = z.output<typeof serviceTopicsUpdateSchema>;
