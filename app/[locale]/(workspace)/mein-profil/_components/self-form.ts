import "server-only";
import { getTranslations } from "next-intl/server";
import type { FormState, FormValues } from "@/lib/actions/form-state";
import type { SelfFormOptions } from "@/lib/revision/form-options";
import type { RevisionEntityType } from "@/lib/revision/schema";
import { selfFieldLabels, selfValueLabels } from "./labels";

export type SelfFormProps = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: FormValues;
  options: SelfFormOptions;
  submitLabel: string;
};

/** What a self-service form reads before it renders: its type's editor-form messages, facet names and field/value labels. */
export async function loadSelfFormText(type: RevisionEntityType, options: SelfFormOptions) {
  const [t, tf, labels, valueLabels] = await Promise.all([
    getTranslations(type === "advisor" ? "directoryEditor.advisors.form" : "directoryEditor.providers.form"),
    getTranslations("facets"),
    selfFieldLabels(type),
    selfValueLabels(options),
  ]);
  return { t, tf, labels, valueLabels };
}
