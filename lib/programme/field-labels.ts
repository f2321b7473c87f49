import { labelKeys, WORKFLOW_FIELD_LABELS, type FieldLabelTable } from "@/lib/content/field-labels";
import { translationLabelKeys } from "@/lib/content/translations";
import { PROGRAMME_FIELDS, PROGRAMME_TRANSLATED } from "./schema";

/** Programme field → message key of its German label (lib/content/field-labels.ts). */
export const PROGRAMME_FIELD_LABELS: FieldLabelTable = {
  ...labelKeys("programmeEditor.form.fields", PROGRAMME_FIELDS),
  ...translationLabelKeys(PROGRAMME_TRANSLATED),
  ...WORKFLOW_FIELD_LABELS,
};
