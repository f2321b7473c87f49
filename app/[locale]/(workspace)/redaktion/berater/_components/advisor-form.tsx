import { getTranslations } from "next-intl/server";
import { SearchablePicker } from "@/components/editor/searchable-picker";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { EditorForm } from "@/components/forms/editor-form";
import { optionLabels } from "@/components/forms/option-labels";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TranslationFields } from "@/components/editor/translation-fields";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormState, FormValues } from "@/lib/actions/form-state";
import type { getAdvisorEditorOptions } from "@/lib/advisor/editor-queries";
import { ADVISOR_CONSULTATION_MODES, ADVISOR_KINDS, ADVISOR_TRANSLATION_FIELDS } from "@/lib/advisor/schema";
import { advisorFieldLabels } from "./labels";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: FormValues;
  options: Awaited<ReturnType<typeof getAdvisorEditorOptions>>;
  submitLabel: string;
  /** the state the form starts in: the missing fields after a refused publish */
  initialState?: FormState;
};

/** The advisor's create and edit form (server-rendered fields, posts without JavaScript too). */
export async function AdvisorForm({ action, defaults, options, submitLabel, initialState }: Props) {
  const t = await getTranslations("directoryEditor.advisors.form");
  const tf = await getTranslations("facets");
  const tStatus = await getTranslations("editor.status");
  const labels = await advisorFieldLabels();
  const label = (field: string) => labels[field] ?? field;
  const choices = {
    kind: ADVISOR_KINDS.map((k) => ({ value: k, label: tf(`advisorKind.${k}`) })),
    organisation: options.organisations.map((o) => ({ value: o.slug, label: o.name })),
    topics: options.topics.map((x) => ({ value: x.slug, label: x.name })),
    regions: options.regions.map((x) => ({ value: x.slug, label: x.name })),
    programmes: options.programmes.map((p) => ({ value: p.slug, label: p.title })),
    consultationModes: ADVISOR_CONSULTATION_MODES.map((m) => ({ value: m, label: tf(`consultationMode.${m}`) })),
  };

  return (
    <EditorForm initialState={initialState} action={action} defaults={defaults} labels={labels} valueLabels={optionLabels(choices)} ariaLabel={submitLabel}>
      <section aria-labelledby="section-basics" className="space-y-5">
        <h2 id="section-basics" className="text-2xl font-bold">{t("sections.basics")}</h2>
        <SelectField name="kind" label={label("kind")} options={choices.kind} emptyLabel={t("fields.kindEmpty")} required />
        <TextField name="name" label={label("name")} hint={t("fields.nameHint")} required />
        <TextField name="slug" label={label("slug")} hint={t("fields.slugHint")} />
        <TextField name="jobTitle" label={label("jobTitle")} hint={t("fields.jobTitleHint")} />
        <TextareaField name="summary" label={label("summary")} hint={t("fields.summaryHint")} rows={3} required />
        <SelectField
          name="organisation"
          label={label("organisation")}
          emptyLabel={t("fields.organisationEmpty")}
          options={choices.organisation}
          required
        />
      </section>

      <section aria-labelledby="section-focus" className="space-y-5">
        <h2 id="section-focus" className="text-2xl font-bold">{t("sections.focus")}</h2>
        <CheckboxGroup name="topics" legend={label("topics")} options={choices.topics} columns />
        <CheckboxGroup name="regions" legend={label("regions")} options={choices.regions} columns />
        <SearchablePicker
          name="programmes"
          legend={label("programmes")}
          hint={t("fields.programmesHint")}
          options={options.programmes.map((p) => ({ value: p.slug, label: p.title, hint: tStatus(p.status) }))}
        />
        <CheckboxGroup
          name="consultationModes"
          legend={label("consultationModes")}
          options={choices.consultationModes}
          columns
        />
        <TextField name="languages" label={label("languages")} hint={t("fields.languagesHint")} width="w-64 max-w-full" />
      </section>

      <section aria-labelledby="section-contact" className="space-y-5">
        <h2 id="section-contact" className="text-2xl font-bold">{t("sections.contact")}</h2>
        <TextField name="email" label={label("email")} type="email" autoComplete="off" />
        <TextField name="phone" label={label("phone")} type="tel" width="w-64 max-w-full" />
        <TextField name="street" label={label("street")} />
        <TextField name="postalCode" label={label("postalCode")} inputMode="numeric" width="w-32" />
        <TextField name="town" label={label("town")} width="w-80 max-w-full" />
        <TextareaField name="officeHours" label={label("officeHours")} rows={3} />
        <TextField name="bookingUrl" label={label("bookingUrl")} type="url" />
      </section>

      <TranslationFields labels={labels} fields={ADVISOR_TRANSLATION_FIELDS} />

      <SubmitButton>{submitLabel}</SubmitButton>
    </EditorForm>
  );
}
