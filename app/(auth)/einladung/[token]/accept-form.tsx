"use client";

import { useTranslations } from "next-intl";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("selfService.invitation.accept");
  return (
    <EditorForm
      action={acceptInvitationAction.bind(null, token)}
      labels={{ password: t("password"), passwordRepeat: t("passwordRepeat") }}
      ariaLabel={t("title")}
    >
      <TextField name="password" label={t("password")} hint={t("passwordHint")} type="password" autoComplete="new-password" required width="w-full max-w-md" />
      <TextField name="passwordRepeat" label={t("passwordRepeat")} type="password" autoComplete="new-password" required width="w-full max-w-md" />
      <SubmitButton>{t("save")}</SubmitButton>
    </EditorForm>
  );
}
