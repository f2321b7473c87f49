import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { PublicForm } from "@/components/forms/public-form";
import { FormTexts } from "@/components/forms/form-texts";
import { formTexts } from "@/components/forms/form-texts-server";
import { Honeypot } from "@/components/forms/honeypot";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { FEEDBACK_FIELDS } from "@/lib/feedback/schema";
import { submitFeedbackAction } from "./actions";
import { localHrefs } from "@/lib/i18n/href";

/** The accessibility statement's report form (BITV 2.0 § 7): works without JavaScript. */
// A server component: its texts and the field messages come resolved from the server, so the page
// loads no message catalogue; PublicForm and the fields are the client parts.
export async function FeedbackForm({ pageTitle }: { pageTitle: string }) {
  const [t, texts, href] = await Promise.all([getTranslations("legal.feedback"), formTexts(), localHrefs()]);
  const labels = Object.fromEntries(FEEDBACK_FIELDS.map((name) => [name, t(`fields.${name}`)]));
  return (
    <section aria-labelledby="barriere-melden" className="space-y-4">
      <h2 id="barriere-melden" className="text-2xl font-bold">
        {t("formHeading")}
      </h2>
      <p>{t("formIntro")}</p>
      <FormTexts texts={texts}>
        <PublicForm
          action={submitFeedbackAction}
          labels={labels}
          fieldOrder={FEEDBACK_FIELDS}
          pageTitle={pageTitle}
          ariaLabel={t("formHeading")}
          className="space-y-4"
        >
          <TextField name="name" label={labels.name!} autoComplete="name" />
          <TextField name="email" label={labels.email!} hint={t("hints.email")} type="email" autoComplete="email" inputMode="email" />
          <TextField name="pageUrl" label={labels.pageUrl!} hint={t("hints.pageUrl")} required />
          <TextareaField name="message" label={labels.message!} hint={t("hints.message")} required rows={6} />
          <Honeypot label={t("honeypot")} />
          <p>
            {t("privacy")} <Link href={href("/datenschutz")}>{t("privacyLink")}</Link>.
          </p>
          <SubmitButton>{t("submit")}</SubmitButton>
        </PublicForm>
      </FormTexts>
    </section>
  );
}
