import { getTranslations } from "next-intl/server";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { EditorForm } from "@/components/forms/editor-form";
import { optionLabels } from "@/components/forms/option-labels";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { RichTextField } from "@/components/forms/rich-text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { SearchablePicker } from "@/components/editor/searchable-picker";
import { TranslationFields } from "@/components/editor/translation-fields";
import type { FormState, FormValues } from "@/lib/actions/form-state";
import { FundingLevel, FundingType, TargetGroup } from "@/lib/db/enums";
import type { getProgrammeFormOptions } from "@/lib/programme/editor-queries";
import { programmeFieldLabels } from "./labels";
import { combinabilityOptions, ProgrammeDetailFields } from "./programme-detail-fields";
import { SourceUrlField } from "./source-url-field";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults?: FormValues;
  options: Awaited<ReturnType<typeof getProgrammeFormOptions>>;
  submitLabel: string;
  /** the state the form starts in: the missing fields after a refused publish */
  initialState?: FormState;
  /** set when editing: sent as a hidden field so the action knows the entry */
  entityId?: string;
};

const SECTION = "border-t-2 border-line pt-6 space-y-6";

/** All fields of a programme, grouped; used by the create and the edit page. */
export async function ProgrammeForm({ action, defaults, options, submitLabel, entityId, initialState }: Props) {
  const t = await getTranslations("programmeEditor.form");
  const tf = await getTranslations("facets");
  const ts = await getTranslations("editor");
  const labels = await programmeFieldLabels();
  const enumOptions = (group: string, values: string[]) => values.map((value) => ({ value, label: tf(`${group}.${value}`) }));
  // Linked entries come named from the service's conflict details; enum values are named here.
  const choices = {
    level: enumOptions("fundingLevel", Object.values(FundingLevel)),
    fundingTypes: enumOptions("fundingType", Object.values(FundingType)),
    targetGroups: enumOptions("targetGroup", Object.values(TargetGroup)),
    combinability: await combinabilityOptions(),
  };
  return (
    <EditorForm initialState={initialState} action={action} defaults={defaults} labels={labels} valueLabels={optionLabels(choices)} ariaLabel={submitLabel}>
      {entityId && <input type="hidden" name="id" value={entityId} />}
      <section aria-labelledby="section-basics" className="space-y-6">
        <h2 id="section-basics" className="text-2xl font-bold">{t("sections.basics")}</h2>
        <TextField name="title" label={labels.title!} required />
        <TextField name="slug" label={labels.slug!} hint={t("fields.slugHint")} width="w-full max-w-xl" />
        <TextareaField name="summary" label={labels.summary!} hint={t("fields.summaryHint")} required rows={3} />
        <SelectField name="fundingBodyId" label={labels.fundingBodyId!} options={options.organisations} emptyLabel={t("fields.fundingBodyEmpty")} required />
        <SourceUrlField label={labels.sourceUrl!} />
      </section>
      <section aria-labelledby="section-texts" className={SECTION}>
        <h2 id="section-texts" className="text-2xl font-bold">{t("sections.texts")}</h2>
        <RichTextField name="description" label={labels.description!} hint={ts("richTextHint")} required rows={10} />
        <RichTextField name="eligibility" label={labels.eligibility!} hint={ts("richTextHint")} rows={6} />
        <RichTextField name="howToApply" label={labels.howToApply!} hint={ts("richTextHint")} rows={6} />
      </section>
      <TranslationFields labels={labels} />
      <section aria-labelledby="section-classification" className={SECTION}>
        <h2 id="section-classification" className="text-2xl font-bold">{t("sections.classification")}</h2>
        {/* No preset: a wrong level silently decides which regions the programme covers (publish check). */}
        <SelectField name="level" label={labels.level!} options={choices.level} emptyLabel={t("fields.levelEmpty")} required />
        <CheckboxGroup name="fundingTypes" legend={labels.fundingTypes!} options={choices.fundingTypes} columns />
        <CheckboxGroup name="targetGroups" legend={labels.targetGroups!} options={choices.targetGroups} columns />
        <SearchablePicker name="topicIds" legend={labels.topicIds!} options={options.topics} />
        <SearchablePicker name="regionIds" legend={labels.regionIds!} options={options.regions} />
      </section>
      <section aria-labelledby="section-links" className={SECTION}>
        <h2 id="section-links" className="text-2xl font-bold">{t("sections.links")}</h2>
        <SearchablePicker
          name="advisorIds"
          legend={labels.advisorIds!}
          options={options.advisors.map(({ value, label, hint, status }) => ({
            value,
            label,
            hint: status === "PUBLISHED" ? hint : `${hint} · ${ts(`status.${status}`)}`,
          }))}
        />
        <SearchablePicker
          name="successorIds"
          legend={labels.successorIds!}
          hint={t("fields.successorIdsHint")}
          options={options.programmes
            .filter((programme) => programme.value !== entityId)
            .map(({ value, label, status }) => ({ value, label, hint: status === "PUBLISHED" ? undefined : ts(`status.${status}`) }))}
        />
      </section>
      <section aria-labelledby="section-money" className={SECTION}>
        <h2 id="section-money" className="text-2xl font-bold">{t("sections.money")}</h2>
        <TextField name="amountText" label={labels.amountText!} hint={t("fields.amountTextHint")} />
        <div className="grid gap-6 sm:grid-cols-2">
          <TextField name="amountMin" label={labels.amountMin!} inputMode="numeric" width="w-full max-w-xs" />
          <TextField name="amountMax" label={labels.amountMax!} inputMode="numeric" width="w-full max-w-xs" />
          <TextField name="applicationStart" label={labels.applicationStart!} type="date" hint={t("fields.dateHint")} width="w-full max-w-xs" />
          <TextField name="deadline" label={labels.deadline!} type="date" hint={t("fields.deadlineHint")} width="w-full max-w-xs" />
        </div>
      </section>
      <ProgrammeDetailFields labels={labels} />
      <div className="border-t-2 border-line pt-6">
        <SubmitButton>{submitLabel}</SubmitButton>
      </div>
    </EditorForm>
  );
}
