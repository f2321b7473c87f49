"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { EditorForm } from "@/components/forms/editor-form";
import { describedBy, FieldError } from "@/components/forms/field-message";
import { asString, useField } from "@/components/forms/form-context";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { HONEYPOT_FIELD } from "@/lib/signup/honeypot";
import { requestAlertAction } from "./actions";

/** The "Benachrichtigen" form: address and consent; the selection travels as a hidden field. */
export function AlertForm({ query }: { query: string }) {
  const t = useTranslations("alerts.subscribe");
  return (
    <EditorForm action={requestAlertAction} labels={{ email: t("email"), consent: t("consentHeading") }} ariaLabel={t("title")} className="space-y-6">
      <input type="hidden" name="query" value={query} />
      <TextField name="email" label={t("email")} hint={t("emailHint")} type="email" required autoComplete="email" inputMode="email" />
      <Honeypot label={t("honeypot")} />
      <Consent />
      <SubmitButton>{t("submit")}</SubmitButton>
    </EditorForm>
  );
}

function Consent() {
  const t = useTranslations("alerts.subscribe");
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
        {t("privacyLinkBefore")} <Link href="/datenschutz#alerts">{t("privacyLink")}</Link>.
      </p>
    </fieldset>
  );
}

/** The spam trap of the sign-up form (lib/signup/honeypot.ts): off-screen, only robots fill it in. */
function Honeypot({ label }: { label: string }) {
  return (
    <div className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden" aria-hidden="true">
      <label htmlFor="feld-fax">{label}</label>
      <input id="feld-fax" type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
