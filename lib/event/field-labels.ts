import { labelKeys, WORKFLOW_FIELD_LABELS, type FieldLabelTable } from "@/lib/content/field-labels";
import { EVENT_FIELDS } from "./schema";

/** Event field → message key of its German label (lib/content/field-labels.ts). */
export const EVENT_FIELD_LABELS: FieldLabelTable = {
  ...labelKeys("eventEditor.form.fields", EVENT_FIELDS),
  ...WORKFLOW_FIELD_LABELS,
};
