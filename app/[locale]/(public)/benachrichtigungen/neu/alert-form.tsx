import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { ConsentField } from "@/components/forms/consent-field";
import { PublicForm } from "@/components/forms/public-form";
import { FormTexts } from "@/components/forms/form-texts";
import { formTexts } from "@/components/forms/form-texts-server";
import { Honeypot } from "@/components/forms/honeypot";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { ALERT_REQUEST_FIELDS } from "@/lib/alerts/schema";
import { requestAlertAction } from "./actions";
import { localHrefs } from "@/lib/i18n/href";

/** The "Benachrichtigen" form: address and consent; the selection travels as a hidden field. */
// A server component: its texts and the field messages come resolved from the server, so the page
// loads no message catalogue; PublicForm and the fields are the client parts.
export async function AlertForm({ query, pageTitle }: { query: string; pageTitle: string }) {
  const [t, texts, href] = await Promise.all([getTranslations("alerts.subscribe"), formTexts("alerts.validation"), localHrefs()]);
  return (
    <FormTexts texts={texts}>
      <PublicForm
        action={requestAlertAction}
        labels={{ email: t("email"), consent: t("consentHeading") }}
        fieldOrder={ALERT_REQUEST_FIELDS}
        pageTitle={pageTitle}
        ariaLabel={t("title")}
        className="space-y-6"
      >
        <input type="hidden" name="query" value={query} />
        <TextField name="email" label={t("email")} hint={t("emailHint")} type="email" required autoComplete="email" inputMode="email" />
        <Honeypot label={t("honeypot")} />
        <ConsentField heading={t("consentHeading")} label={t("consent")}>
          <p>
            {t("privacyLinkBefore")} <Link href={href("/datenschutz#alerts")}>{t("privacyLink")}</Link>.
          </p>
        </ConsentField>
        <SubmitButton>{t("submit")}</SubmitButton>
      </PublicForm>
    </FormTexts>
  );
}
