import { labelKeys, WORKFLOW_FIELD_LABELS, type FieldLabelTable } from "@/lib/content/field-labels";
import { translationLabelKeys } from "@/lib/content/translations";
import { NEWS_FIELDS, NEWS_TRANSLATED } from "./schema";

/** News field → message key of its German label (lib/content/field-labels.ts). */
export const NEWS_FIELD_LABELS: FieldLabelTable = {
  ...labelKeys("newsEditor.form.fields", NEWS_FIELDS),
  ...translationLabelKeys(NEWS_TRANSLATED),
  ...WORKFLOW_FIELD_LABELS,
};
