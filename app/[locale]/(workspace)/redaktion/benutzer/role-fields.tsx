"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/select-field";
import { ROLES } from "@/lib/user/schema";

export type LinkOption = { id: string; name: string; linkedUserId: string | null };
type Props = { advisors: LinkOption[]; providers: LinkOption[]; userId?: string };

// Role plus the advisor/provider entry such an account maintains. Both selects are always shown
// (the form works without JavaScript); the service ignores the one that does not fit the role.
// The role starts empty: a preset first role would hand out rights nobody chose.
export function RoleFields({ advisors, providers, userId }: Props) {
  const t = useTranslations("auth.users");
  const roles = useTranslations("auth.roles");
  const options = (entries: LinkOption[]) =>
    entries.map((entry) => ({
      value: entry.id,
      label: entry.linkedUserId && entry.linkedUserId !== userId ? t("alreadyLinked", { name: entry.name }) : entry.name,
    }));
  return (
    <>
      <SelectField name="role" label={t("role")} options={ROLES.map((role) => ({ value: role, label: roles(role) }))} emptyLabel={t("roleEmpty")} required />
      <SelectField name="advisorId" label={t("advisor")} hint={t("advisorHint")} options={options(advisors)} emptyLabel={t("none")} />
      <SelectField name="providerId" label={t("provider")} hint={t("providerHint")} options={options(providers)} emptyLabel={t("none")} />
    </>
  );
}

export function roleLabels(t: (key: string) => string) {
  return { role: t("role"), advisorId: t("advisor"), providerId: t("provider") };
}
