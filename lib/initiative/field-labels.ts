import { labelKeys, WORKFLOW_FIELD_LABELS, type FieldLabelTable } from "@/lib/content/field-labels";
import { INITIATIVE_FIELDS } from "./schema";

/** Initiative field → message key of its German label (lib/content/field-labels.ts). */
export const INITIATIVE_FIELD_LABELS: FieldLabelTable = {
  ...labelKeys("initiativeEditor.form.fields", INITIATIVE_FIELDS),
  ...WORKFLOW_FIELD_LABELS,
};
