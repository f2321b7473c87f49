import { getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { inviteAction } from "./actions";
import { SelectField, type OptionGroup } from "@/components/forms/select-field";

/** New invitation: the entry (advisor or provider, one select), the person's name and address. */
export async function InviteForm({ groups, preselected }: { groups: OptionGroup[]; preselected?: string }) {
  const t = await getTranslations("selfService.invitation.admin");
  const labels = { target: t("target"), name: t("name"), email: t("email") };
  return (
    <EditorForm action={inviteAction} defaults={preselected ? { target: preselected } : {}} labels={labels} ariaLabel={t("formHeading")}>
      {/* One native select with a group per entry type: typing while it is focused jumps to a name. */}
      <SelectField name="target" label={labels.target} hint={t("targetHint")} emptyLabel={t("targetEmpty")} groups={groups} required width="w-full max-w-xl" />
      <TextField name="name" label={labels.name} autoComplete="off" required width="w-full max-w-md" />
      <TextField name="email" label={labels.email} type="email" autoComplete="off" required width="w-full max-w-md" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </EditorForm>
  );
}
