import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";

// Topic slugs are fixed (bookmarked filter URLs use them); only name, description and order change.
export const topicUpdateSchema = z.object({
  id: z.string().min(1),
  name: requiredText(100),
  description: requiredText(1000),
  sortOrder: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string().min(1, "validation.required").regex(/^-?\d+$/, "validation.number").transform(Number).pipe(z.number().int().min(0, "validation.numberRange").max(999, "validation.numberRange")),
  ),
  /** content token of the topic as loaded (topicToken): Topic has neither version nor updatedAt */
  version: z.coerce.number({ error: "validation.number" }).int().min(1),
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
/** `version` is the group's updatedAt in milliseconds. */
export const synonymUpdateSchema = z.object({
  id: z.string().min(1),
  terms: synonymTermsSchema,
  version: z.coerce.number({ error: "validation.number" }).int().min(1),
});
export type SynonymCreateInput = z.output<typeof synonymCreateSchema>;
export type SynonymUpdateInput = z.output<typeof synonymUpdateSchema>;

/**
 * A topic's optimistic-lock token: a 31-bit FNV-1a hash of its editable values. Two editors who
 * loaded the same values hold the same token; after anyone saves, the old token no longer matches.
 */
export function topicToken(topic: { name: string; description: string; sortOrder: number }): number {
  let hash = 0x811c9dc5;
  for (const ch of JSON.stringify([topic.name, topic.description, topic.sortOrder])) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % 0x7ffffffe) + 1;
}
