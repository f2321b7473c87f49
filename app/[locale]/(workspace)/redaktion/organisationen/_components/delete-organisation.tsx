import { getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { Section } from "@/components/ui/section";
import type { OrganisationEditDTO } from "@/lib/organisation/queries";
import { totalUses, usesOf } from "@/lib/organisation/uses";
import { deleteOrganisationAction } from "../actions";

/** Deleting is only possible while nothing refers to the organisation (the service refuses otherwise). */
export async function DeleteOrganisation({ organisation }: { organisation: OrganisationEditDTO }) {
  const t = await getTranslations("editorOverview.organisations.delete");
  const uses = usesOf(organisation);
  return (
    <Section id="loeschen" title={t("heading")}>
      <p className="mb-3">{totalUses(uses) > 0 ? t("inUse", uses) : t("explanation")}</p>
      <EditorForm action={deleteOrganisationAction} labels={{}} ariaLabel={t("heading")}>
        <input type="hidden" name="id" value={organisation.id} />
        <SubmitButton variant="danger">{t("button")}</SubmitButton>
      </EditorForm>
    </Section>
  );
}
