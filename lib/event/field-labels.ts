import { labelKeys, WORKFLOW_FIELD_LABELS, type FieldLabelTable } from "@/lib/content/field-labels";
import { translationLabelKeys } from "@/lib/content/translations";
import { EVENT_FIELDS, EVENT_TRANSLATED } from "./schema";

/** Event field → message key of its German label (lib/content/field-labels.ts). */
export const EVENT_FIELD_LABELS: FieldLabelTable = {
  ...labelKeys("eventEditor.form.fields", EVENT_FIELDS),
  ...translationLabelKeys(EVENT_TRANSLATED),
  ...WORKFLOW_FIELD_LABELS,
};
