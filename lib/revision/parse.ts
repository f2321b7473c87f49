import "server-only";
import { z } from "zod";
import { withDottedPaths } from "@/lib/content/fields";
import { AppError } from "@/lib/errors";
import { providerFormToInput } from "@/lib/provider/schema";
import { sanitizeRichText } from "@/lib/rich-text/sanitize";
import { advisorSelfInput, providerSelfInput, type RevisionEntityType } from "./schema";

const schemas = { advisor: withDottedPaths(advisorSelfInput), provider: withDottedPaths(providerSelfInput) };

/**
 * Validates a proposal with the entity's own field rules. Form posts carry references as flat
 * "references.<n>.<field>" keys; stored proposals as an array. Field messages come back as an
 * INVALID error, which runFormAction shows next to the fields.
 */
export function parseProposal(type: RevisionEntityType, raw: Record<string, unknown>): Record<string, unknown> {
  const input = type === "provider" && !Array.isArray(raw.references) ? providerFormToInput(raw as Record<string, string | string[]>) : raw;
  const parsed = schemas[type].safeParse(input);
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error as z.ZodError);
    throw new AppError("INVALID", "errors.invalid", { fieldErrors: fieldErrors as Record<string, string[]> });
  }
  const data = parsed.data as Record<string, unknown>;
  // The description is rich text: stored already reduced to the safe subset (saved again on approval).
  if (type === "provider" && typeof data.description === "string") data.description = sanitizeRichText(data.description);
  return data;
}
