"use client";

import { useTranslations } from "next-intl";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("account.passwordReset");
  return (
    <EditorForm
      action={resetPasswordAction.bind(null, token)}
      labels={{ password: t("password"), passwordRepeat: t("passwordRepeat") }}
      ariaLabel={t("setTitle")}
    >
      <TextField name="password" label={t("password")} hint={t("passwordHint")} type="password" autoComplete="new-password" required width="w-full max-w-md" />
      <TextField name="passwordRepeat" label={t("passwordRepeat")} type="password" autoComplete="new-password" required width="w-full max-w-md" />
      <SubmitButton>{t("save")}</SubmitButton>
    </EditorForm>
  );
}
