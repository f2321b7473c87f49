import { getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/forms/editor-form";
import type { ValueLabels } from "@/components/forms/option-labels";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormState } from "@/lib/actions/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

type ApproveProps = { action: Action; version: number; labels: Record<string, string>; valueLabels: ValueLabels };

/** "Freigeben" carries the entry version the reviewer saw; a newer save is refused as a conflict. */
export async function ApproveForm({ action, version, labels, valueLabels }: ApproveProps) {
  const t = await getTranslations("selfService.review.detail");
  return (
    <EditorForm action={action} defaults={{ version: String(version) }} labels={labels} valueLabels={valueLabels} ariaLabel={t("approve")}>
      <SubmitButton>{t("approve")}</SubmitButton>
    </EditorForm>
  );
}

export async function RejectForm({ action }: { action: Action }) {
  const t = await getTranslations("selfService.review.detail");
  return (
    <EditorForm action={action} labels={{ reason: t("reason") }} ariaLabel={t("rejectHeading")}>
      <TextareaField name="reason" label={t("reason")} hint={t("reasonHint")} rows={4} required />
      <SubmitButton variant="danger">{t("reject")}</SubmitButton>
    </EditorForm>
  );
}
