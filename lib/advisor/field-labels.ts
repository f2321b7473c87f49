import { labelKeys, WORKFLOW_FIELD_LABELS, type FieldLabelTable } from "@/lib/content/field-labels";
import { translationLabelKeys } from "@/lib/content/translations";
import { ADVISOR_FIELDS, ADVISOR_TRANSLATED } from "./schema";

/** Advisor field → message key of its German label (lib/content/field-labels.ts). */
export const ADVISOR_FIELD_LABELS: FieldLabelTable = {
  ...labelKeys("directoryEditor.advisors.form.fields", ADVISOR_FIELDS),
  ...translationLabelKeys(ADVISOR_TRANSLATED),
  ...WORKFLOW_FIELD_LABELS,
};
