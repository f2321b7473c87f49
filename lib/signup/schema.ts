import { z } from "zod";
import { postalCode, reference } from "@/lib/content/fields";
import { noTranslations } from "@/lib/content/translations";
import { PROVIDER_INDUSTRIES, PROVIDER_SERVICES, PROVIDER_SIZES, PROVIDER_TRANSLATED, type ProviderInput } from "@/lib/provider/schema";
import { plainTextToHtml } from "@/lib/rich-text/sanitize";
import { listOf, oneOf, optionalText, optionalUrl, requiredEmail, requiredText } from "@/lib/validation/fields";

// The public sign-up form: only what the listing needs plus the contact for the double opt-in.
// Messages are keys of the "editor" namespace ("validation.required") or full keys of "signup".
export const signupInput = z.object({
  // In the form's order (lib/signup/fields.ts): zod reports the messages in this order.
  name: requiredText(200),
  // Unlike the editors' form, the sign-up needs the postal code (the editors check the address).
  postalCode: postalCode().refine((v) => v !== null, "validation.required"),
  town: requiredText(100),
  region: reference(),
  size: oneOf(PROVIDER_SIZES),
  website: optionalUrl(),
  contactName: requiredText(200),
  email: requiredEmail().pipe(z.string().max(254, "validation.tooLong")),
  phone: optionalText(50),
  services: listOf(oneOf(PROVIDER_SERVICES), { min: 1, max: PROVIDER_SERVICES.length }),
  industries: listOf(oneOf(PROVIDER_INDUSTRIES), { max: PROVIDER_INDUSTRIES.length }),
  summary: requiredText(500),
  description: requiredText(5000),
  consent: z.literal("ja", { error: "signup.validation.consent" }),
});
export type SignupInput = z.output<typeof signupInput>;


/**
 * The proposed listing in the provider form schema (ProviderSignup.data), as the editors' create
 * function takes it on approval. The description is plain text in this form: it is escaped into
 * paragraphs here, so nothing typed can ever become markup.
 */
export function toProviderData(input: SignupInput): ProviderInput {
  return {
    slug: null,
    name: input.name,
    summary: input.summary,
    description: plainTextToHtml(input.description),
    // A sign-up is in German; translations are the editors' (or later the provider's own) work.
    ...noTranslations(PROVIDER_TRANSLATED),
    services: input.services,
    industries: input.industries,
    certifications: [],
    size: input.size,
    foundedYear: null,
    street: null,
    postalCode: input.postalCode,
    town: input.town,
    region: input.region,
    email: input.email.toLowerCase(),
    phone: input.phone,
    website: input.website,
    references: [],
  };
}
