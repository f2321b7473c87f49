import { getTranslations } from "next-intl/server";
import { SearchablePicker } from "@/components/editor/searchable-picker";
import { TranslationFields } from "@/components/editor/translation-fields";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { EditorForm } from "@/components/forms/editor-form";
import { optionLabels } from "@/components/forms/option-labels";
import { RichTextField } from "@/components/forms/rich-text-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormState, FormValues } from "@/lib/actions/form-state";
import { RoadmapPhase } from "@/lib/db/enums";
import type { getNewsEditorOptions } from "@/lib/news/editor-queries";
import { NEWS_KINDS } from "@/lib/news/schema";
import { newsFieldLabels } from "./labels";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: FormValues;
  options: Awaited<ReturnType<typeof getNewsEditorOptions>>;
  submitLabel: string;
  /** the state the form starts in: the missing fields after a refused publish */
  initialState?: FormState;
};

/** The news item's create and edit form (works without JavaScript; the pickers are enhanced lists of checkboxes). */
export async function NewsForm({ action, defaults, options, submitLabel, initialState }: Props) {
  const t = await getTranslations("newsEditor.form");
  const tf = await getTranslations("facets");
  const tShared = await getTranslations("editor");
  const tStatus = await getTranslations("editor.status");
  const labels = await newsFieldLabels();
  const label = (field: string) => labels[field] ?? field;
  const linked = (list: { slug: string; title: string; status: Parameters<typeof tStatus>[0] }[]) =>
    list.map((x) => ({ value: x.slug, label: x.title, hint: tStatus(x.status) }));
  const choices = {
    kind: NEWS_KINDS.map((k) => ({ value: k, label: tf(`newsKind.${k}`) })),
    roadmapPhase: Object.values(RoadmapPhase).map((p) => ({ value: p, label: tf(`roadmapPhase.${p}`) })),
    topics: options.topics.map((x) => ({ value: x.slug, label: x.name })),
    programmes: options.programmes.map((p) => ({ value: p.slug, label: p.title })),
    initiatives: options.initiatives.map((p) => ({ value: p.slug, label: p.title })),
    events: options.events.map((p) => ({ value: p.slug, label: p.title })),
  };

  return (
    <EditorForm initialState={initialState} action={action} defaults={defaults} labels={labels} valueLabels={optionLabels(choices)} ariaLabel={submitLabel}>
      <section aria-labelledby="section-basics" className="space-y-5">
        <h2 id="section-basics" className="text-2xl font-bold">{t("sections.basics")}</h2>
        <TextField name="title" label={label("title")} required />
        <TextField name="slug" label={label("slug")} hint={t("fields.slugHint")} />
        <SelectField name="kind" label={label("kind")} options={choices.kind} required />
        <TextField name="newsDate" type="date" label={label("newsDate")} hint={t("fields.newsDateHint")} />
        <TextareaField name="summary" label={label("summary")} hint={t("fields.summaryHint")} rows={3} required />
        <RichTextField name="body" label={label("body")} hint={tShared("richTextHint")} rows={10} required />
      </section>

      <TranslationFields labels={labels} long="body" />

      <section aria-labelledby="section-context" className="space-y-5">
        <h2 id="section-context" className="text-2xl font-bold">{t("sections.context")}</h2>
        <CheckboxGroup name="topics" legend={label("topics")} options={choices.topics} columns />
        <SelectField name="roadmapPhase" label={label("roadmapPhase")} options={choices.roadmapPhase} emptyLabel={t("fields.roadmapPhaseEmpty")} />
        <SearchablePicker name="programmes" legend={label("programmes")} hint={t("fields.linkedHint")} options={linked(options.programmes)} />
        <SearchablePicker name="initiatives" legend={label("initiatives")} hint={t("fields.linkedHint")} options={linked(options.initiatives)} />
        <SearchablePicker name="events" legend={label("events")} hint={t("fields.linkedHint")} options={linked(options.events)} />
      </section>

      <SubmitButton>{submitLabel}</SubmitButton>
    </EditorForm>
  );
}
