"use client";

import { useTranslations } from "next-intl";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { createUserAction } from "../actions";
import { RoleFields, roleLabels, type LinkOption } from "../role-fields";

type Props = { advisors: LinkOption[]; providers: LinkOption[]; minLength: number };

export function CreateUserForm({ advisors, providers, minLength }: Props) {
  const t = useTranslations("auth.users");
  const labels = { name: t("name"), email: t("email"), password: t("password"), ...roleLabels(t) };
  return (
    <EditorForm action={createUserAction} labels={labels}>
      <TextField name="name" label={labels.name} required autoComplete="off" width="w-full max-w-md" />
      <TextField name="email" label={labels.email} type="email" required autoComplete="off" width="w-full max-w-md" />
      <RoleFields advisors={advisors} providers={providers} />
      <TextField
        name="password"
        label={labels.password}
        hint={t("passwordHint", { min: minLength })}
        type="password"
        required
        autoComplete="new-password"
        width="w-full max-w-md"
      />
      <SubmitButton>{t("submitCreate")}</SubmitButton>
    </EditorForm>
  );
}
