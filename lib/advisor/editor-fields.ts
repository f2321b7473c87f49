import { z } from "zod";

// Form building blocks shared by the advisor and provider schemas that lib/validation/fields.ts
// does not (yet) offer. Kept free of database access, so the import preview can use them too.
const TRANSLITERATION: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case ASCII slug with hyphens: "Förder-Check Prüm" → "foerder-check-pruem". */
export function slugify(text: string, maxLength = 80): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
}

/** An optional slug: empty means "generate one from the name" (the service does that). */
export const optionalSlug = () =>
  z
    .preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : undefined),
      z.string().max(80, "validation.tooLong").regex(SLUG_PATTERN, "validation.slug").optional(),
    )
    .transform((v) => v ?? null);

/** A required link to another entry, by its slug (a select or picker value). */
export const reference = () =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.string({ error: "validation.required" }).min(1, "validation.required").max(120, "validation.tooLong"),
  );

export const postalCode = () =>
  z
    .preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
      z.string().regex(/^\d{5}$/, "validation.postalCode").optional(),
    )
    .transform((v) => v ?? null);

/**
 * Reports nested issues under dotted field names ("references.0.title") instead of the top-level
 * key, so a form with repeated fieldsets (runFormAction flattens errors) can show each message
 * next to its own field.
 */
export function withDottedPaths<T extends z.ZodType>(schema: T) {
  return z.unknown().transform((value, ctx): z.output<T> => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: "custom", message: issue.message, path: issue.path.length ? [issue.path.map(String).join(".")] : [] });
    }
    return z.NEVER;
  });
}
