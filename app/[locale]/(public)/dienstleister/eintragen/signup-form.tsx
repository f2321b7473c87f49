"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { EditorForm } from "@/components/forms/editor-form";
import { describedBy, FieldError } from "@/components/forms/field-message";
import { asString, useField } from "@/components/forms/form-context";
import { SelectField, type Option } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { Honeypot } from "@/components/forms/honeypot";
import { SIGNUP_FIELDS } from "@/lib/signup/schema";
import { submitSignupAction } from "./actions";

type Options = { regions: Option[]; services: Option[]; industries: Option[]; sizes: Option[] };

export function SignupForm({ options }: { options: Options }) {
  const t = useTranslations("signup.form");
  const labels = Object.fromEntries(SIGNUP_FIELDS.map((name) => [name, t(name)]));
  return (
    <EditorForm action={submitSignupAction} labels={{ ...labels, consent: t("consentHeading") }} ariaLabel={t("title")} className="space-y-8">
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
      <Consent />
      <SubmitButton>{t("submit")}</SubmitButton>
    </EditorForm>
  );
}

function Consent() {
  const t = useTranslations("signup.form");
  const field = useField("consent");
  const invalid = field.errors.length > 0;
  return (
    <fieldset className={`space-y-2 ${invalid ? "border-l-4 border-closed pl-3" : ""}`} aria-describedby={describedBy(invalid && field.errorId)}>
      <legend className="text-xl font-bold">{t("consentHeading")}</legend>
      <FieldError id={field.errorId} errors={field.errors} />
      <div className="flex items-start gap-2">
        <input
          id={field.id}
          type="checkbox"
          name="consent"
          value="ja"
          key={asString(field.value)}
          defaultChecked={asString(field.value) === "ja"}
          required
          aria-invalid={invalid || undefined}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={field.id} className="leading-snug">
          {t("consent")}
        </label>
      </div>
      <p>
        {t("privacyLinkBefore")} <Link href="/datenschutz">{t("privacyLink")}</Link>.
      </p>
    </fieldset>
  );
}
