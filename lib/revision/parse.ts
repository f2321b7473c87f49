import "server-only";
import { z } from "zod";
import { withDottedPaths } from "@/lib/content/fields";
import { translatedKeys } from "@/lib/content/translations";
import { AppError } from "@/lib/errors";
import { providerFormToInput } from "@/lib/provider/schema";
import { sanitizeOptionalRichText, sanitizeRichText } from "@/lib/rich-text/sanitize";
import { advisorSelfInput, providerSelfInput, selfTranslatedKeys, type RevisionEntityType } from "./schema";

const schemas = { advisor: withDottedPaths(advisorSelfInput), provider: withDottedPaths(providerSelfInput) };

/**
 * Validates a proposal with the entity's own field rules. Form posts carry references as flat
 * "references.<n>.<field>" keys; stored proposals as an array. Field messages come back as an
 * INVALID error, which runFormAction shows next to the fields. A translation the input does not
 * name stays out of the result: a proposal stored before translations existed (or any input
 * without them) leaves the entry's translations as they are, where the schema would read "none".
 * The forms always post them, "" for an emptied one.
 */
export function parseProposal(type: RevisionEntityType, raw: Record<string, unknown>): Record<string, unknown> {
  const input = type === "provider" && !Array.isArray(raw.references) ? providerFormToInput(raw as Record<string, string | string[]>) : raw;
  const parsed = schemas[type].safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error as z.ZodError);
    throw new AppError("INVALID", "errors.invalid", { fieldErrors: fieldErrors as Record<string, string[]> });
  }
  const data = parsed.data as Record<string, unknown>;
  for (const key of selfTranslatedKeys(type)) if (!(key in raw)) delete data[key];
  // The description is rich text: stored already reduced to the safe subset (saved again on approval).
  if (type === "provider") {
    if (typeof data.description === "string") data.description = sanitizeRichText(data.description);
    for (const key of translatedKeys(["description"])) if (key in data) data[key] = sanitizeOptionalRichText(data[key] as string | null);
  }
  return data;
}
