import { z } from "zod";
import { SLUG_MAX, SLUG_PATTERN } from "@/lib/content/slug";

// Form building blocks shared by the advisor and provider schemas that lib/validation/fields.ts
// does not (yet) offer. Kept free of database access, so the import preview can use them too.
/** An optional slug: empty means "generate one from the name" (the service does that). */
export const optionalSlug = () =>
  z
    .preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim().toLowerCase() : undefined),
      z.string().max(SLUG_MAX, "validation.tooLong").regex(SLUG_PATTERN, "validation.slug").optional(),
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
