"use client";

import { useTranslations } from "next-intl";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { requestResetAction } from "./actions";

export function RequestResetForm() {
  const t = useTranslations("account.passwordReset");
  return (
    <EditorForm action={requestResetAction} labels={{ email: t("email") }} ariaLabel={t("requestTitle")}>
      <TextField name="email" label={t("email")} type="email" autoComplete="email" inputMode="email" required width="w-full max-w-md" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </EditorForm>
  );
}
