import { getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormValues } from "@/lib/actions/form-state";
import type { LegalNoticeDTO } from "@/lib/legal-notice/queries";
import { LEGAL_NOTICE_FIELDS } from "@/lib/legal-notice/schema";
import { saveLegalNoticeAction } from "./actions";

/** Every field the Impressum needs by law; the sign-language video sits here too (one settings row). */
export async function LegalNoticeForm({ notice }: { notice: LegalNoticeDTO | null }) {
  const t = await getTranslations("legal.notice.form");
  const labels = Object.fromEntries(LEGAL_NOTICE_FIELDS.map((field) => [field, t(`fields.${field}`)]));
  // EditorForm posts `version` itself (and the current one after a conflict)
  const defaults: FormValues = { version: String(notice?.version ?? 1) };
  for (const field of LEGAL_NOTICE_FIELDS) defaults[field] = notice?.[field] ?? "";
  return (
    <EditorForm action={saveLegalNoticeAction} defaults={defaults} labels={labels} ariaLabel={t("label")}>
      <fieldset className="space-y-6">
        <legend className="text-xl font-bold">{t("provider")}</legend>
        <TextField name="organisationName" label={labels.organisationName!} required autoComplete="organization" />
        <TextField name="legalForm" label={labels.legalForm!} hint={t("hints.legalForm")} required />
        <TextField name="street" label={labels.street!} required autoComplete="street-address" />
        <TextField name="postalCode" label={labels.postalCode!} required width="w-32" inputMode="numeric" autoComplete="postal-code" />
        <TextField name="town" label={labels.town!} required autoComplete="address-level2" />
        <TextareaField name="representedBy" label={labels.representedBy!} hint={t("hints.representedBy")} required rows={3} />
        <TextField name="email" label={labels.email!} type="email" required />
        <TextField name="phone" label={labels.phone!} type="tel" required />
        <TextField name="registerCourt" label={labels.registerCourt!} hint={t("hints.registerCourt")} required />
        <TextField name="registerNumber" label={labels.registerNumber!} hint={t("hints.registerNumber")} required />
        <TextField name="vatId" label={labels.vatId!} hint={t("hints.vatId")} />
      </fieldset>
      <fieldset className="space-y-6">
        <legend className="text-xl font-bold">{t("responsible")}</legend>
        <TextField name="responsibleName" label={labels.responsibleName!} required />
        <TextareaField name="responsibleAddress" label={labels.responsibleAddress!} required rows={3} />
      </fieldset>
      <fieldset className="space-y-6">
        <legend className="text-xl font-bold">{t("signLanguage")}</legend>
        <TextField name="signLanguageVideoUrl" label={labels.signLanguageVideoUrl!} hint={t("hints.signLanguageVideoUrl")} />
        <TextField name="signLanguageCaptionsUrl" label={labels.signLanguageCaptionsUrl!} hint={t("hints.signLanguageCaptionsUrl")} />
      </fieldset>
      <SubmitButton>{t("save")}</SubmitButton>
    </EditorForm>
  );
}
