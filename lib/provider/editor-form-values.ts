import type { FormValues } from "@/lib/actions/form-state";
import { translationFormValues } from "@/lib/content/translations";
import { MAX_REFERENCES, PROVIDER_TRANSLATED, type ProviderInput } from "./schema";

/** Saved values as the form shows them; each reference as its flat "references.<n>.<field>" fields. */
export function providerFormValues(provider: (ProviderInput & { slug: string | null; version?: number }) | null): FormValues {
  if (!provider) return {};
  const values: FormValues = {
    name: provider.name,
    slug: provider.slug ?? "",
    summary: provider.summary,
    description: provider.description,
    ...translationFormValues(provider, PROVIDER_TRANSLATED),
    services: provider.services,
    industries: provider.industries,
    certifications: provider.certifications.join("\n"),
    size: provider.size,
    foundedYear: provider.foundedYear === null ? "" : String(provider.foundedYear),
    ...providerContactValues(provider),
    ...(provider.version !== undefined && { version: String(provider.version) }),
  };
  provider.references.slice(0, MAX_REFERENCES).forEach((reference, index) => {
    values[`references.${index}.title`] = reference.title;
    values[`references.${index}.client`] = reference.client ?? "";
    values[`references.${index}.description`] = reference.description;
    values[`references.${index}.year`] = reference.year === null ? "" : String(reference.year);
  });
  return values;
}

/** The seat and contact fields with "" for none, as the form and the CSV export show them. */
export function providerContactValues(provider: ProviderInput) {
  return {
    street: provider.street ?? "",
    postalCode: provider.postalCode ?? "",
    town: provider.town,
    region: provider.region,
    email: provider.email ?? "",
    phone: provider.phone ?? "",
    website: provider.website ?? "",
  };
}
