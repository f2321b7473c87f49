import { getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormValues } from "@/lib/actions/form-state";
import type { SynonymGroupEditDTO } from "@/lib/taxonomy/editor-queries";
import { createSynonymGroupAction, updateSynonymGroupAction } from "../actions";

/** Terms one per line; the service stores them lowercase, without duplicates. */
export async function SynonymForm({ group }: { group?: SynonymGroupEditDTO }) {
  const t = await getTranslations("editorOverview.taxonomy.synonyms");
  const labels = { terms: t("fields.terms") };
  const defaults: FormValues = group ? { id: group.id, version: String(group.version), terms: group.terms.join("\n") } : {};
  return (
    <EditorForm action={group ? updateSynonymGroupAction : createSynonymGroupAction} defaults={defaults} labels={labels} ariaLabel={t("formLabel")}>
      {group && <input type="hidden" name="id" value={group.id} />}
      <TextareaField name="terms" label={labels.terms} hint={t("hints.terms")} required rows={6} />
      <SubmitButton>{group ? t("save") : t("create")}</SubmitButton>
    </EditorForm>
  );
}
