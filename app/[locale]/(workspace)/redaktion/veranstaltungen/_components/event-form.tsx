import { getTranslations } from "next-intl/server";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { EditorForm } from "@/components/forms/editor-form";
import { optionLabels } from "@/components/forms/option-labels";
import { RichTextField } from "@/components/forms/rich-text-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { TranslationFields } from "@/components/editor/translation-fields";
import type { FormState, FormValues } from "@/lib/actions/form-state";
import type { getEventEditorOptions } from "@/lib/event/editor-queries";
import { EVENT_FORMATS, EVENT_TARGET_GROUPS } from "@/lib/event/schema";
import { eventFieldLabels } from "./labels";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: FormValues;
  options: Awaited<ReturnType<typeof getEventEditorOptions>>;
  submitLabel: string;
  /** the state the form starts in: the missing fields after a refused publish */
  initialState?: FormState;
};

const SECTION = "border-t-2 border-line pt-6 space-y-5";

/** The event's create and edit form (server-rendered fields, posts without JavaScript too). */
export async function EventForm({ action, defaults, options, submitLabel, initialState }: Props) {
  const [t, tf, ts, labels] = await Promise.all([getTranslations("eventEditor.form"), getTranslations("facets"), getTranslations("editor"), eventFieldLabels()]);
  const label = (field: string) => labels[field] ?? field;
  const choices = {
    format: EVENT_FORMATS.map((f) => ({ value: f, label: tf(`eventFormat.${f}`) })),
    organiser: options.organisations.map((o) => ({ value: o.slug, label: o.name })),
    topics: options.topics.map((x) => ({ value: x.slug, label: x.name })),
    regions: options.regions.map((x) => ({ value: x.slug, label: x.name })),
    targetGroups: EVENT_TARGET_GROUPS.map((g) => ({ value: g, label: tf(`targetGroup.${g}`) })),
  };

  return (
    <EditorForm initialState={initialState} action={action} defaults={defaults} labels={labels} valueLabels={optionLabels(choices)} ariaLabel={submitLabel}>
      <section aria-labelledby="section-basics" className="space-y-5">
        <h2 id="section-basics" className="text-2xl font-bold">{t("sections.basics")}</h2>
        <TextField name="title" label={label("title")} hint={t("fields.titleHint")} required />
        <TextField name="slug" label={label("slug")} hint={t("fields.slugHint")} width="w-full max-w-xl" />
        <TextareaField name="summary" label={label("summary")} hint={t("fields.summaryHint")} rows={3} required />
        <RichTextField name="description" label={label("description")} hint={ts("richTextHint")} required rows={8} />
        <SelectField name="organiser" label={label("organiser")} emptyLabel={t("fields.organiserEmpty")} options={choices.organiser} required />
      </section>

      <TranslationFields labels={labels} />

      <section aria-labelledby="section-when" className={SECTION}>
        <h2 id="section-when" className="text-2xl font-bold">{t("sections.when")}</h2>
        <TextField name="startsAt" label={label("startsAt")} hint={t("fields.startsAtHint")} type="datetime-local" width="w-64 max-w-full" required />
        <TextField name="endsAt" label={label("endsAt")} hint={t("fields.endsAtHint")} type="datetime-local" width="w-64 max-w-full" required />
        <SelectField name="format" label={label("format")} hint={t("fields.formatHint")} emptyLabel={t("fields.formatEmpty")} options={choices.format} required />
        <TextField name="venueName" label={label("venueName")} hint={t("fields.venueNameHint")} />
        <TextField name="street" label={label("street")} />
        <TextField name="postalCode" label={label("postalCode")} inputMode="numeric" width="w-32" />
        <TextField name="town" label={label("town")} width="w-80 max-w-full" />
        <TextField name="onlineUrl" label={label("onlineUrl")} hint={t("fields.onlineUrlHint")} type="url" />
        <TextField name="costs" label={label("costs")} hint={t("fields.costsHint")} width="w-80 max-w-full" />
        <TextField name="registrationUrl" label={label("registrationUrl")} type="url" />
      </section>

      <section aria-labelledby="section-focus" className={SECTION}>
        <h2 id="section-focus" className="text-2xl font-bold">{t("sections.focus")}</h2>
        <CheckboxGroup name="topics" legend={label("topics")} options={choices.topics} columns />
        <CheckboxGroup name="targetGroups" legend={label("targetGroups")} options={choices.targetGroups} columns />
        <CheckboxGroup name="regions" legend={label("regions")} options={choices.regions} columns />
      </section>

      <SubmitButton>{submitLabel}</SubmitButton>
    </EditorForm>
  );
}
