import "server-only";
import { getMessages, getTranslations } from "next-intl/server";
import { ADVISOR_CONSULTATION_MODES } from "@/lib/advisor/schema";
import { contentLabelTexts } from "@/lib/content/field-label-tables";
import { MAX_REFERENCES, PROVIDER_INDUSTRIES, PROVIDER_SERVICES, PROVIDER_SIZES } from "@/lib/provider/schema";
import { ADVISOR_SELF_FIELDS, PROVIDER_SELF_FIELDS, type RevisionEntityType } from "@/lib/revision/schema";

// Field labels are the editor forms' labels (the type's label table, lib/<type>/field-labels.ts,
// translations included), so editors and the people themselves see the same names for the same fields.
export async function selfFieldLabels(type: RevisionEntityType): Promise<Record<string, string>> {
  const [t, messages] = await Promise.all([
    getTranslations(type === "advisor" ? "directoryEditor.advisors.form.fields" : "directoryEditor.providers.form.fields"),
    getMessages(),
  ]);
  const table = contentLabelTexts(messages, type);
  const fields: readonly string[] = type === "advisor" ? ADVISOR_SELF_FIELDS : PROVIDER_SELF_FIELDS;
  const labels: Record<string, string> = Object.fromEntries(fields.map((f) => [f, table[f] ?? f]));
  if (type === "provider") {
    for (let i = 0; i < MAX_REFERENCES; i++) {
      const number = String(i + 1);
      labels[`references.${i}.title`] = t("referenceTitle", { number });
      labels[`references.${i}.client`] = t("referenceClient", { number });
      labels[`references.${i}.description`] = t("referenceDescription", { number });
      labels[`references.${i}.year`] = t("referenceYear", { number });
    }
  }
  return labels;
}

/** Stored values → their German names (enum values, topic and region slugs), for diffs. */
export async function selfValueLabels(options: { topics: { slug: string; name: string }[]; regions: { slug: string; name: string }[] }) {
  const tf = await getTranslations("facets");
  const enumLabels = (key: string, values: readonly string[]) => Object.fromEntries(values.map((v) => [v, tf(`${key}.${v}`)]));
  const bySlug = (rows: { slug: string; name: string }[]) => Object.fromEntries(rows.map((r) => [r.slug, r.name]));
  return {
    topics: bySlug(options.topics),
    regions: bySlug(options.regions),
    region: bySlug(options.regions),
    consultationModes: enumLabels("consultationMode", ADVISOR_CONSULTATION_MODES),
    services: enumLabels("service", PROVIDER_SERVICES),
    industries: enumLabels("industry", PROVIDER_INDUSTRIES),
    size: enumLabels("companySize", PROVIDER_SIZES),
  };
}
