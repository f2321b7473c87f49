"use client";

import { useTranslations } from "next-intl";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { signInAction } from "./sign-in-action";

// Posts without JavaScript too: React renders the action's state into the page it returns.
export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("auth.signIn");
  return (
    <EditorForm action={signInAction} labels={{ email: t("email"), password: t("password") }} ariaLabel={t("title")}>
      <input type="hidden" name="weiter" value={returnTo} />
      <TextField name="email" label={t("email")} type="email" autoComplete="username" inputMode="email" required width="w-full max-w-md" />
      <TextField name="password" label={t("password")} type="password" autoComplete="current-password" required width="w-full max-w-md" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </EditorForm>
  );
}
