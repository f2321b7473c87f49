import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { TranslationFields } from "@/components/editor/translation-fields";
import { ADVISOR_CONSULTATION_MODES, ADVISOR_TRANSLATION_FIELDS } from "@/lib/advisor/schema";
import { loadSelfFormText, type SelfFormProps } from "./self-form";

/** The fields an advisor may change on their own entry (no id field: the server takes the entry from the session). */
export async function AdvisorSelfForm({ action, defaults, options, submitLabel }: SelfFormProps) {
  const { t, tf, labels, valueLabels } = await loadSelfFormText("advisor", options);
  return (
    <EditorForm action={action} defaults={defaults} labels={labels} valueLabels={valueLabels} ariaLabel={submitLabel}>
      <section aria-labelledby="self-basics" className="space-y-5">
        <h3 id="self-basics" className="text-xl font-bold">{t("sections.basics")}</h3>
        <TextField name="jobTitle" label={labels.jobTitle!} hint={t("fields.jobTitleHint")} />
        <TextareaField name="summary" label={labels.summary!} hint={t("fields.summaryHint")} rows={3} required />
      </section>
      <section aria-labelledby="self-focus" className="space-y-5">
        <h3 id="self-focus" className="text-xl font-bold">{t("sections.focus")}</h3>
        <CheckboxGroup name="topics" legend={labels.topics!} options={options.topics.map((x) => ({ value: x.slug, label: x.name }))} columns />
        <CheckboxGroup name="regions" legend={labels.regions!} options={options.regions.map((x) => ({ value: x.slug, label: x.name }))} columns />
        <CheckboxGroup
          name="consultationModes"
          legend={labels.consultationModes!}
          options={ADVISOR_CONSULTATION_MODES.map((m) => ({ value: m, label: tf(`consultationMode.${m}`) }))}
          columns
        />
        <TextField name="languages" label={labels.languages!} hint={t("fields.languagesHint")} width="w-64 max-w-full" />
      </section>
      <section aria-labelledby="self-contact" className="space-y-5">
        <h3 id="self-contact" className="text-xl font-bold">{t("sections.contact")}</h3>
        <TextField name="email" label={labels.email!} type="email" autoComplete="off" />
        <TextField name="phone" label={labels.phone!} type="tel" width="w-64 max-w-full" />
        <TextField name="street" label={labels.street!} />
        <TextField name="postalCode" label={labels.postalCode!} inputMode="numeric" width="w-32" />
        <TextField name="town" label={labels.town!} width="w-80 max-w-full" />
        <TextareaField name="officeHours" label={labels.officeHours!} rows={3} />
        <TextField name="bookingUrl" label={labels.bookingUrl!} type="url" />
      </section>
      <TranslationFields labels={labels} fields={ADVISOR_TRANSLATION_FIELDS} heading="h3" />
      <SubmitButton>{submitLabel}</SubmitButton>
    </EditorForm>
  );
}
