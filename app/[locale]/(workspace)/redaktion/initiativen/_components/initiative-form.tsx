import { getTranslations } from "next-intl/server";
import { SearchablePicker } from "@/components/editor/searchable-picker";
import { TranslationFields } from "@/components/editor/translation-fields";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { DefaultSubmitButton } from "@/components/forms/default-submit-button";
import { EditorForm } from "@/components/forms/editor-form";
import { optionLabels } from "@/components/forms/option-labels";
import { RichTextField } from "@/components/forms/rich-text-field";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { RepeatedRows } from "@/components/initiative/repeated-rows";
import type { FormState, FormValues } from "@/lib/actions/form-state";
import type { getInitiativeEditorOptions } from "@/lib/initiative/editor-queries";
import { INITIATIVE_PHASES, MAX_MILESTONES, MAX_SOURCE_LINKS, ROADMAP_PHASES } from "@/lib/initiative/schema";
import { initiativeFieldLabels } from "./labels";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: FormValues;
  options: Awaited<ReturnType<typeof getInitiativeEditorOptions>>;
  submitLabel: string;
  /** the state the form starts in: the missing fields after a refused publish */
  initialState?: FormState;
};

/** The initiative's create and edit form; milestones and sources as repeated rows (works without JavaScript). */
export async function InitiativeForm({ action, defaults, options, submitLabel, initialState }: Props) {
  const t = await getTranslations("initiativeEditor.form");
  const tf = await getTranslations("facets");
  const tShared = await getTranslations("editor");
  const tStatus = await getTranslations("editor.status");
  const labels = await initiativeFieldLabels();
  const label = (field: string) => labels[field] ?? field;
  const choices = {
    phase: INITIATIVE_PHASES.map((p) => ({ value: p, label: tf(`initiativePhase.${p}`) })),
    responsibleBody: options.organisations.map((o) => ({ value: o.slug, label: o.name })),
    regions: options.regions.map((x) => ({ value: x.slug, label: x.name })),
    topics: options.topics.map((x) => ({ value: x.slug, label: x.name })),
    contactAdvisor: options.advisors.map((a) => ({ value: a.slug, label: `${a.name} (${tStatus(a.status)})` })),
    programmes: options.programmes.map((p) => ({ value: p.slug, label: p.title })),
  };
  const roadmapOptions = ROADMAP_PHASES.map((p) => ({ value: p, label: tf(`roadmapPhase.${p}`) }));

  return (
    <EditorForm initialState={initialState} action={action} defaults={defaults} labels={labels} valueLabels={optionLabels(choices)} ariaLabel={submitLabel}>
      {/* before "Weitere Zeilen" in tree order: Enter in a field saves instead of adding rows */}
      <DefaultSubmitButton label={submitLabel} />
      <section aria-labelledby="section-basics" className="space-y-5">
        <h2 id="section-basics" className="text-2xl font-bold">{t("sections.basics")}</h2>
        <TextField name="title" label={label("title")} required />
        <TextField name="slug" label={label("slug")} hint={t("fields.slugHint")} />
        <TextareaField name="summary" label={label("summary")} hint={t("fields.summaryHint")} rows={3} required />
        <RichTextField name="description" label={label("description")} hint={tShared("richTextHint")} rows={8} required />
        <SelectField name="phase" label={label("phase")} options={choices.phase} emptyLabel={t("fields.phaseEmpty")} required />
        <TextareaField name="outcomes" label={label("outcomes")} rows={4} />
      </section>

      <TranslationFields labels={labels} />

      <section aria-labelledby="section-context" className="space-y-5">
        <h2 id="section-context" className="text-2xl font-bold">{t("sections.context")}</h2>
        <SelectField name="responsibleBody" label={label("responsibleBody")} options={choices.responsibleBody} emptyLabel={t("fields.responsibleBodyEmpty")} required />
        <CheckboxGroup name="regions" legend={label("regions")} options={choices.regions} columns />
        <CheckboxGroup name="topics" legend={label("topics")} options={choices.topics} columns />
        <SearchablePicker
          name="programmes"
          legend={label("programmes")}
          hint={t("fields.programmesHint")}
          options={options.programmes.map((p) => ({ value: p.slug, label: p.title, hint: tStatus(p.status) }))}
        />
        <SelectField name="contactAdvisor" label={label("contactAdvisor")} options={choices.contactAdvisor} emptyLabel={t("fields.contactAdvisorEmpty")} />
      </section>

      <section aria-labelledby="section-milestones" className="space-y-5">
        <h2 id="section-milestones" className="text-2xl font-bold">{t("sections.milestones")}</h2>
        <p>{t("milestonesIntro")}</p>
        <RepeatedRows
          list="milestones"
          max={MAX_MILESTONES}
          labels={labels}
          legend={t("milestoneLegend")}
          moreLabel={t("moreRows")}
          fields={[
            { field: "date", kind: "date" },
            { field: "title", kind: "text" },
            { field: "description", kind: "textarea" },
            { field: "roadmapPhase", kind: "select", options: roadmapOptions, emptyLabel: t("fields.roadmapPhaseEmpty") },
          ]}
        />
      </section>

      <section aria-labelledby="section-sources" className="space-y-5">
        <h2 id="section-sources" className="text-2xl font-bold">{t("sections.sources")}</h2>
        <p>{t("sourcesIntro")}</p>
        <RepeatedRows
          list="sourceLinks"
          max={MAX_SOURCE_LINKS}
          labels={labels}
          legend={t("sourceLegend")}
          moreLabel={t("moreSourceRows")}
          fields={[
            { field: "label", kind: "text" },
            { field: "url", kind: "url" },
          ]}
        />
      </section>

      <SubmitButton>{submitLabel}</SubmitButton>
    </EditorForm>
  );
}
