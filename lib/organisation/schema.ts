import { z } from "zod";
import { OrganisationKind } from "@/lib/db/enums";
import { oneOf, optionalText, optionalUrl, requiredText } from "@/lib/validation/fields";

export const ORGANISATION_KINDS = Object.values(OrganisationKind) as [OrganisationKind, ...OrganisationKind[]];

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const fields = {
  name: requiredText(200),
  shortName: optionalText(40),
  kind: oneOf(ORGANISATION_KINDS),
  description: optionalText(2000),
  website: optionalUrl(),
  town: optionalText(100),
};

/**
 * The slug is chosen once, at creation (empty: derived from the name). It is part of bookmarked
 * advisor filter URLs (?organisation=<slug>), so editing the organisation never changes it.
 */
export const organisationCreateSchema = z.object({
  ...fields,
  slug: z
    .preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().max(80, "validation.tooLong").optional())
    .refine((v) => !v || SLUG_PATTERN.test(v), "validation.slug")
    .transform((v) => v || null),
});

/** `version` carries the row's updatedAt in milliseconds: Organisation has no version column. */
export const organisationUpdateSchema = z.object({
  ...fields,
  id: z.string().min(1),
  version: z.coerce.number({ error: "validation.number" }).int().min(1),
});

export type OrganisationCreateInput = z.output<typeof organisationCreateSchema>;
export type OrganisationUpdateInput = z.output<typeof organisationUpdateSchema>;
export type OrganisationFields = Omit<OrganisationCreateInput, "slug">;
