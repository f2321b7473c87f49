"use client";

import { useTranslations } from "next-intl";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { changePasswordAction } from "./actions";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const t = useTranslations("auth.account");
  const labels = { currentPassword: t("currentPassword"), newPassword: t("newPassword"), repeatPassword: t("repeatPassword") };
  return (
    <EditorForm action={changePasswordAction} labels={labels} ariaLabel={t("passwordHeading")}>
      <TextField name="currentPassword" label={labels.currentPassword} type="password" autoComplete="current-password" required width="w-full max-w-md" />
      <TextField
        name="newPassword"
        label={labels.newPassword}
        hint={t("passwordHint", { min: minLength })}
        type="password"
        autoComplete="new-password"
        required
        width="w-full max-w-md"
      />
      <TextField name="repeatPassword" label={labels.repeatPassword} type="password" autoComplete="new-password" required width="w-full max-w-md" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </EditorForm>
  );
}
