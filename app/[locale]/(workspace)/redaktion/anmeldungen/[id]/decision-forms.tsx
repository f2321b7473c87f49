import { getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { Section } from "@/components/ui/section";
import { approveSignupAction, rejectSignupAction } from "../actions";

/** Approve or reject; the services refuse a second decision, so a stale page cannot decide twice. */
export async function DecisionForms({ id }: { id: string }) {
  const t = await getTranslations("signup.review");
  return (
    <Section id="entscheidung" title={t("decisionHeading")} className="space-y-6">
      <div className="space-y-3 border-2 border-line p-4">
        <h3 className="text-xl font-bold">{t("approveHeading")}</h3>
        <p>{t("approveText")}</p>
        <EditorForm action={approveSignupAction} labels={{}} ariaLabel={t("approveHeading")}>
          <input type="hidden" name="id" value={id} />
          <SubmitButton>{t("approve")}</SubmitButton>
        </EditorForm>
      </div>
      <div className="space-y-3 border-2 border-line p-4">
        <h3 className="text-xl font-bold">{t("rejectHeading")}</h3>
        <p>{t("rejectText")}</p>
        <EditorForm action={rejectSignupAction} labels={{ reason: t("reasonLabel") }} ariaLabel={t("rejectHeading")}>
          <input type="hidden" name="id" value={id} />
          <TextareaField name="reason" label={t("reasonLabel")} required rows={4} />
          <SubmitButton variant="danger">{t("reject")}</SubmitButton>
        </EditorForm>
      </div>
    </Section>
  );
}
