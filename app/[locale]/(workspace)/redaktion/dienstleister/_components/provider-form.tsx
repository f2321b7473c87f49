import { getTranslations } from "next-intl/server";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { EditorForm } from "@/components/forms/editor-form";
import { optionLabels } from "@/components/forms/option-labels";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TranslationFields } from "@/components/editor/translation-fields";
import { TextField } from "@/components/forms/text-field";
import { RichTextField } from "@/components/forms/rich-text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormState, FormValues } from "@/lib/actions/form-state";
import { MAX_REFERENCES, PROVIDER_INDUSTRIES, PROVIDER_SERVICES, PROVIDER_SIZES, PROVIDER_TRANSLATION_FIELDS } from "@/lib/provider/schema";
import { providerFieldLabels } from "./labels";
import { ReferenceFields } from "./reference-fields";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: FormValues;
  regions: { slug: string; name: string }[];
  submitLabel: string;
  /** the state the form starts in: the missing fields after a refused publish */
  initialState?: FormState;
};

/** The provider's create and edit form; references as up to five repeated fieldsets. */
export async function ProviderForm({ action, defaults, regions, submitLabel, initialState }: Props) {
  const t = await getTranslations("directoryEditor.providers.form");
  const tf = await getTranslations("facets");
  const tShared = await getTranslations("editor");
  const labels = await providerFieldLabels();
  const label = (field: string) => labels[field] ?? field;
  const slots = Array.from({ length: MAX_REFERENCES }, (_, index) => index);
  const choices = {
    services: PROVIDER_SERVICES.map((s) => ({ value: s, label: tf(`service.${s}`) })),
    industries: PROVIDER_INDUSTRIES.map((s) => ({ value: s, label: tf(`industry.${s}`) })),
    size: PROVIDER_SIZES.map((s) => ({ value: s, label: tf(`companySize.${s}`) })),
    region: regions.map((r) => ({ value: r.slug, label: r.name })),
  };

  return (
    <EditorForm initialState={initialState} action={action} defaults={defaults} labels={labels} valueLabels={optionLabels(choices)} ariaLabel={submitLabel}>
      <section aria-labelledby="section-basics" className="space-y-5">
        <h2 id="section-basics" className="text-2xl font-bold">{t("sections.basics")}</h2>
        <TextField name="name" label={label("name")} required />
        <TextField name="slug" label={label("slug")} hint={t("fields.slugHint")} />
        <TextareaField name="summary" label={label("summary")} hint={t("fields.summaryHint")} rows={3} required />
        <RichTextField name="description" label={label("description")} hint={tShared("richTextHint")} rows={10} required />
      </section>

      <TranslationFields labels={labels} fields={PROVIDER_TRANSLATION_FIELDS} />

      <section aria-labelledby="section-portfolio" className="space-y-5">
        <h2 id="section-portfolio" className="text-2xl font-bold">{t("sections.portfolio")}</h2>
        <CheckboxGroup name="services" legend={label("services")} options={choices.services} columns />
        <CheckboxGroup name="industries" legend={label("industries")} options={choices.industries} columns />
        <TextareaField name="certifications" label={label("certifications")} hint={t("fields.certificationsHint")} rows={3} />
        <SelectField
          name="size"
          label={label("size")}
          emptyLabel={t("fields.sizeEmpty")}
          options={choices.size}
          required
        />
        <TextField name="foundedYear" label={label("foundedYear")} inputMode="numeric" width="w-32" />
      </section>

      <section aria-labelledby="section-contact" className="space-y-5">
        <h2 id="section-contact" className="text-2xl font-bold">{t("sections.contact")}</h2>
        <TextField name="street" label={label("street")} />
        <TextField name="postalCode" label={label("postalCode")} inputMode="numeric" width="w-32" />
        <TextField name="town" label={label("town")} width="w-80 max-w-full" required />
        <SelectField name="region" label={label("region")} emptyLabel={t("fields.regionEmpty")} options={choices.region} required />
        <TextField name="email" label={label("email")} type="email" autoComplete="off" />
        <TextField name="phone" label={label("phone")} type="tel" width="w-64 max-w-full" />
        <TextField name="website" label={label("website")} type="url" />
      </section>

      <section aria-labelledby="section-references" className="space-y-5">
        <h2 id="section-references" className="text-2xl font-bold">{t("sections.references")}</h2>
        <p>{t("referencesIntro")}</p>
        {slots.map((index) => (
          <fieldset key={index} className="space-y-3 border-2 border-line p-4">
            <legend className="px-1 text-lg font-bold">{t("referenceLegend", { number: index + 1 })}</legend>
            <ReferenceFields index={index} labels={labels} />
          </fieldset>
        ))}
      </section>

      <SubmitButton>{submitLabel}</SubmitButton>
    </EditorForm>
  );
}
