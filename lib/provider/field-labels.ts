import { labelKeys, WORKFLOW_FIELD_LABELS, type FieldLabelTable } from "@/lib/content/field-labels";
import { PROVIDER_FIELDS } from "./schema";

/** Provider field → message key of its German label (lib/content/field-labels.ts). */
export const PROVIDER_FIELD_LABELS: FieldLabelTable = {
  ...labelKeys("directoryEditor.providers.form.fields", PROVIDER_FIELDS),
  ...WORKFLOW_FIELD_LABELS,
};
