import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ConsentField } from "@/components/forms/consent-field";
import { PublicForm } from "@/components/forms/public-form";
import { FormTexts } from "@/components/forms/form-texts";
import { formTexts } from "@/components/forms/form-texts-server";
import { Honeypot } from "@/components/forms/honeypot";
import { SelectField, type Option } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { SIGNUP_FIELDS } from "@/lib/signup/fields";
import { submitSignupAction } from "./actions";
import { localHrefs } from "@/lib/i18n/href";

type Options = { regions: Option[]; services: Option[]; industries: Option[]; sizes: Option[] };

// A server component: its texts and the field messages come resolved from the server, so the page
// loads neither a message catalogue nor the zod schema; PublicForm and the fields are the client parts.
export async function SignupForm({ options, pageTitle }: { options: Options; pageTitle: string }) {
  const [t, texts, href] = await Promise.all([getTranslations("signup.form"), formTexts("signup.validation"), localHrefs()]);
  const labels = Object.fromEntries(SIGNUP_FIELDS.map((name) => [name, t(name)]));
  return (
    <FormTexts texts={texts}>
      <PublicForm
        action={submitSignupAction}
        labels={{ ...labels, consent: t("consentHeading") }}
        // The fields below are in this order; keep the two together.
        fieldOrder={SIGNUP_FIELDS}
        pageTitle={pageTitle}
        ariaLabel={t("title")}
        className="space-y-8"
      >
        <fieldset className="space-y-4">
          <legend className="text-xl font-bold">{t("companyHeading")}</legend>
          <TextField name="name" label={t("name")} required autoComplete="organization" />
          <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
            <TextField name="postalCode" label={t("postalCode")} required autoComplete="postal-code" inputMode="numeric" />
            <TextField name="town" label={t("town")} required autoComplete="address-level2" />
          </div>
          <SelectField name="region" label={t("region")} hint={t("regionHint")} options={options.regions} required emptyLabel={t("regionEmpty")} />
          <SelectField name="size" label={t("size")} options={options.sizes} required emptyLabel={t("sizeEmpty")} />
          <TextField name="website" label={t("website")} hint={t("websiteHint")} type="url" autoComplete="url" inputMode="url" />
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-xl font-bold">{t("contactHeading")}</legend>
          <TextField name="contactName" label={t("contactName")} hint={t("contactNameHint")} required autoComplete="name" />
          <TextField name="email" label={t("email")} hint={t("emailHint")} type="email" required autoComplete="email" inputMode="email" />
          <TextField name="phone" label={t("phone")} type="tel" autoComplete="tel" inputMode="tel" />
        </fieldset>

        <fieldset className="space-y-4">
          <legend className="text-xl font-bold">{t("offerHeading")}</legend>
          <CheckboxGroup name="services" legend={t("services")} hint={t("servicesHint")} options={options.services} columns />
          <CheckboxGroup name="industries" legend={t("industries")} options={options.industries} columns />
          <TextareaField name="summary" label={t("summary")} hint={t("summaryHint")} required rows={3} />
          <TextareaField name="description" label={t("description")} hint={t("descriptionHint")} required rows={8} />
        </fieldset>

        <Honeypot label={t("honeypot")} />
        <ConsentField heading={t("consentHeading")} label={t("consent")}>
          <p>
            {t("privacyLinkBefore")} <Link href={href("/datenschutz")}>{t("privacyLink")}</Link>.
          </p>
        </ConsentField>
        <SubmitButton>{t("submit")}</SubmitButton>
      </PublicForm>
    </FormTexts>
  );
}
