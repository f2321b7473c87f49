import { labelKeys, WORKFLOW_FIELD_LABELS, type FieldLabelTable } from "@/lib/content/field-labels";
import { translationLabelKeys } from "@/lib/content/translations";
import { INITIATIVE_FIELDS, INITIATIVE_TRANSLATED } from "./schema";

/** Initiative field → message key of its German label (lib/content/field-labels.ts). */
export const INITIATIVE_FIELD_LABELS: FieldLabelTable = {
  ...labelKeys("initiativeEditor.form.fields", INITIATIVE_FIELDS),
  ...translationLabelKeys(INITIATIVE_TRANSLATED),
  ...WORKFLOW_FIELD_LABELS,
};
