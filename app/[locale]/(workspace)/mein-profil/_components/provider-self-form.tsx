import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { EditorForm } from "@/components/forms/editor-form";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { RichTextField } from "@/components/forms/rich-text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { TranslationFields } from "@/components/editor/translation-fields";
import { MAX_REFERENCES, PROVIDER_INDUSTRIES, PROVIDER_SERVICES, PROVIDER_SIZES, PROVIDER_TRANSLATION_FIELDS } from "@/lib/provider/schema";
import { ReferenceFields } from "@/app/[locale]/(workspace)/redaktion/dienstleister/_components/reference-fields";
import { loadSelfFormText, type SelfFormProps } from "./self-form";

/** The fields a provider may change on their own entry (no id field: the server takes the entry from the session). */
export async function ProviderSelfForm({ action, defaults, options, submitLabel }: SelfFormProps) {
  const { t, tf, labels, valueLabels } = await loadSelfFormText("provider", options);
  return (
    <EditorForm action={action} defaults={defaults} labels={labels} valueLabels={valueLabels} ariaLabel={submitLabel}>
      <section aria-labelledby="self-basics" className="space-y-5">
        <h3 id="self-basics" className="text-xl font-bold">{t("sections.basics")}</h3>
        <TextareaField name="summary" label={labels.summary!} hint={t("fields.summaryHint")} rows={3} required />
        <RichTextField name="description" label={labels.description!} rows={8} required />
      </section>
      <TranslationFields labels={labels} fields={PROVIDER_TRANSLATION_FIELDS} heading="h3" />
      <section aria-labelledby="self-portfolio" className="space-y-5">
        <h3 id="self-portfolio" className="text-xl font-bold">{t("sections.portfolio")}</h3>
        <CheckboxGroup name="services" legend={labels.services!} options={PROVIDER_SERVICES.map((v) => ({ value: v, label: tf(`service.${v}`) }))} columns />
        <CheckboxGroup name="industries" legend={labels.industries!} options={PROVIDER_INDUSTRIES.map((v) => ({ value: v, label: tf(`industry.${v}`) }))} columns />
        <TextareaField name="certifications" label={labels.certifications!} hint={t("fields.certificationsHint")} rows={3} />
        <SelectField
          name="size"
          label={labels.size!}
          emptyLabel={t("fields.sizeEmpty")}
          options={PROVIDER_SIZES.map((v) => ({ value: v, label: tf(`companySize.${v}`) }))}
          required
        />
        <TextField name="foundedYear" label={labels.foundedYear!} inputMode="numeric" width="w-32" />
      </section>
      <section aria-labelledby="self-contact" className="space-y-5">
        <h3 id="self-contact" className="text-xl font-bold">{t("sections.contact")}</h3>
        <TextField name="street" label={labels.street!} />
        <TextField name="postalCode" label={labels.postalCode!} inputMode="numeric" width="w-32" />
        <TextField name="town" label={labels.town!} width="w-80 max-w-full" required />
        <SelectField name="region" label={labels.region!} emptyLabel={t("fields.regionEmpty")} options={options.kreise.map((r) => ({ value: r.slug, label: r.name }))} required />
        <TextField name="email" label={labels.email!} type="email" autoComplete="off" />
        <TextField name="phone" label={labels.phone!} type="tel" width="w-64 max-w-full" />
        <TextField name="website" label={labels.website!} type="url" />
      </section>
      <section aria-labelledby="self-references" className="space-y-5">
        <h3 id="self-references" className="text-xl font-bold">{t("sections.references")}</h3>
        <p>{t("referencesIntro")}</p>
        {Array.from({ length: MAX_REFERENCES }, (_, i) => (
          <fieldset key={i} className="space-y-3 border-2 border-line p-4">
            <legend className="px-1 font-semibold">{t("referenceLegend", { number: i + 1 })}</legend>
            <ReferenceFields index={i} labels={labels} />
          </fieldset>
        ))}
      </section>
      <SubmitButton>{submitLabel}</SubmitButton>
    </EditorForm>
  );
}
