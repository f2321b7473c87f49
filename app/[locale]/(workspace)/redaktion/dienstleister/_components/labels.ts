import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { contentLabelTexts } from "@/lib/content/field-label-tables";
import { PublicationStatus } from "@/lib/db/enums";
import { MAX_REFERENCES, PROVIDER_INDUSTRIES, PROVIDER_SERVICES, PROVIDER_SIZES } from "@/lib/provider/schema";

const REFERENCE_FIELDS = ["title", "client", "description", "year"] as const;
const referenceKey = (field: (typeof REFERENCE_FIELDS)[number]) => `reference${field[0]!.toUpperCase()}${field.slice(1)}`;

/** Field name → visible label (form, error summary, conflict table, history), references included. */
export async function providerFieldLabels(): Promise<Record<string, string>> {
  const [t, messages] = await Promise.all([getTranslations("directoryEditor.providers.form.fields"), getMessages()]);
  const labels = contentLabelTexts(messages, "provider");
  for (let index = 0; index < MAX_REFERENCES; index++) {
    for (const field of REFERENCE_FIELDS) labels[`references.${index}.${field}`] = t(referenceKey(field), { number: index + 1 });
  }
  return labels;
}

/** Stored values → names for the history: enum values and the region slug as labels. */
export async function providerValueLabels(regions: { slug: string; name: string }[]) {
  const [tf, ts] = await Promise.all([getTranslations("facets"), getTranslations("editor.status")]);
  const enumLabels = (group: string, values: readonly string[]) => Object.fromEntries(values.map((v) => [v, tf(`${group}.${v}`)]));
  return {
    region: Object.fromEntries(regions.map((r) => [r.slug, r.name])),
    services: enumLabels("service", PROVIDER_SERVICES),
    industries: enumLabels("industry", PROVIDER_INDUSTRIES),
    size: enumLabels("companySize", PROVIDER_SIZES),
    status: Object.fromEntries(Object.values(PublicationStatus).map((s) => [s, ts(s)])),
  };
}
