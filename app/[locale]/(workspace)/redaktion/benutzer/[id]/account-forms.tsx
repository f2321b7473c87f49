"use client";

import { useTranslations } from "next-intl";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeRoleAction, setDisabledAction } from "../actions";
import { RoleFields, roleLabels, type LinkOption } from "../role-fields";

type RoleProps = {
  userId: string;
  current: { role: string; advisorId: string; providerId: string };
  advisors: LinkOption[];
  providers: LinkOption[];
};

export function RoleForm({ userId, current, advisors, providers }: RoleProps) {
  const t = useTranslations("auth.users");
  return (
    <EditorForm action={changeRoleAction} labels={roleLabels(t)} defaults={current} ariaLabel={t("roleHeading")}>
      <input type="hidden" name="userId" value={userId} />
      <RoleFields advisors={advisors} providers={providers} userId={userId} />
      <SubmitButton>{t("submitRole")}</SubmitButton>
    </EditorForm>
  );
}

export function StatusForm({ userId, disabled }: { userId: string; disabled: boolean }) {
  const t = useTranslations("auth.users");
  return (
    <EditorForm action={setDisabledAction} labels={{}} ariaLabel={t("statusHeading")}>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "nein" : "ja"} />
      <SubmitButton variant={disabled ? "secondary" : "danger"}>{disabled ? t("submitEnable") : t("submitDisable")}</SubmitButton>
    </EditorForm>
  );
}
