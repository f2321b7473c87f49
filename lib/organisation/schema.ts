import { z } from "zod";
import { OrganisationKind } from "@/lib/db/enums";
import { oneOf, optionalEmail, optionalText, optionalUrl, requiredText, version } from "@/lib/validation/fields";

export const ORGANISATION_KINDS = Object.values(OrganisationKind) as [OrganisationKind, ...OrganisationKind[]];

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const fields = {
  name: requiredText(200),
  shortName: optionalText(40),
  kind: oneOf(ORGANISATION_KINDS),
  description: optionalText(2000),
  website: optionalUrl(),
  town: optionalText(100),
  // The general contact its programme pages show ("Kontakt beim Fördergeber").
  email: optionalEmail(),
  phone: optionalText(50),
  contactUrl: optionalUrl(),
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

/** `version` is the row's version the form was loaded at (the optimistic lock). */
export const organisationUpdateSchema = z.object({
  ...fields,
  id: z.string().min(1),
  version: version(),
});

export type OrganisationCreateInput = z.output<typeof organisationCreateSchema>;
export type OrganisationUpdateInput = z.output<typeof organisationUpdateSchema>;
export type OrganisationFields = Omit<OrganisationCreateInput, "slug">;
