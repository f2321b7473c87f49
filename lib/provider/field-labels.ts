import { labelKeys, WORKFLOW_FIELD_LABELS, type FieldLabelTable } from "@/lib/content/field-labels";
import { translationLabelKeys } from "@/lib/content/translations";
import { PROVIDER_FIELDS, PROVIDER_TRANSLATED } from "./schema";

/** Provider field → message key of its German label (lib/content/field-labels.ts). */
export const PROVIDER_FIELD_LABELS: FieldLabelTable = {
  ...labelKeys("directoryEditor.providers.form.fields", PROVIDER_FIELDS),
  ...translationLabelKeys(PROVIDER_TRANSLATED),
  ...WORKFLOW_FIELD_LABELS,
};
