import { getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/forms/editor-form";
import { optionLabels } from "@/components/forms/option-labels";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormValues } from "@/lib/actions/form-state";
import { ORGANISATION_KINDS } from "@/lib/organisation/schema";
import type { OrganisationEditDTO } from "@/lib/organisation/queries";
import { createOrganisationAction, updateOrganisationAction } from "../actions";

const FIELDS = ["name", "shortName", "kind", "description", "website", "town", "email", "phone", "contactUrl", "slug"] as const;

/** Create form without `organisation`, edit form with it (slug then fixed, lock token hidden). */
export async function OrganisationForm({ organisation }: { organisation?: OrganisationEditDTO }) {
  const t = await getTranslations("editorOverview.organisations");
  const labels = Object.fromEntries(FIELDS.map((field) => [field, t(`fields.${field}`)]));
  const defaults: FormValues = organisation
    ? {
        id: organisation.id,
        version: String(organisation.version),
        name: organisation.name,
        shortName: organisation.shortName ?? "",
        kind: organisation.kind,
        description: organisation.description ?? "",
        website: organisation.website ?? "",
        town: organisation.town ?? "",
        email: organisation.email ?? "",
        phone: organisation.phone ?? "",
        contactUrl: organisation.contactUrl ?? "",
      }
    : {};
  const kinds = ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }));
  return (
    <EditorForm
      action={organisation ? updateOrganisationAction : createOrganisationAction}
      defaults={defaults}
      labels={labels}
      valueLabels={optionLabels({ kind: kinds })}
      ariaLabel={t("form.label")}
    >
      {organisation && <input type="hidden" name="id" value={organisation.id} />}
      <TextField name="name" label={labels.name!} required autoComplete="organization" />
      <TextField name="shortName" label={`${labels.shortName} ${t("form.optional")}`} hint={t("hints.shortName")} width="w-full sm:w-64" />
      <SelectField
        name="kind"
        label={labels.kind!}
        required
        emptyLabel={organisation ? undefined : t("form.chooseKind")}
        options={kinds}
      />
      <TextareaField name="description" label={`${labels.description} ${t("form.optional")}`} rows={4} />
      <TextField name="website" type="url" label={`${labels.website} ${t("form.optional")}`} hint={t("hints.website")} />
      <TextField name="town" label={`${labels.town} ${t("form.optional")}`} width="w-full sm:w-80" />
      <fieldset className="space-y-6">
        <legend className="font-semibold">{t("contact.legend")}</legend>
        <p className="text-sm text-muted">{t("contact.hint")}</p>
        <TextField name="email" type="email" label={`${labels.email} ${t("form.optional")}`} autoComplete="off" />
        <TextField name="phone" type="tel" label={`${labels.phone} ${t("form.optional")}`} width="w-full sm:w-80" autoComplete="off" />
        <TextField name="contactUrl" type="url" label={`${labels.contactUrl} ${t("form.optional")}`} hint={t("hints.contactUrl")} />
      </fieldset>
      {organisation ? (
        <div>
          <p className="font-semibold">{labels.slug}</p>
          <p>
            <code>{organisation.slug}</code>
          </p>
          <p className="text-sm text-muted">{t("hints.slugFixed")}</p>
        </div>
      ) : (
        <TextField name="slug" label={`${labels.slug} ${t("form.optional")}`} hint={t("hints.slug")} width="w-full sm:w-96" />
      )}
      <SubmitButton>{organisation ? t("form.save") : t("form.create")}</SubmitButton>
    </EditorForm>
  );
}
