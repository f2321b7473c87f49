import { getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { Section } from "@/components/ui/section";
import { deleteSynonymGroupAction } from "../actions";

export async function DeleteSynonymGroup({ id }: { id: string }) {
  const t = await getTranslations("editorOverview.taxonomy.synonyms.delete");
  return (
    <Section id="loeschen" title={t("heading")}>
      <p className="mb-3">{t("explanation")}</p>
      <EditorForm action={deleteSynonymGroupAction} labels={{}} ariaLabel={t("heading")}>
        <input type="hidden" name="id" value={id} />
        <SubmitButton variant="danger">{t("button")}</SubmitButton>
      </EditorForm>
    </Section>
  );
}
