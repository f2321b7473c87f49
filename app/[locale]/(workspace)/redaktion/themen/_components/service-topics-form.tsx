import { getTranslations } from "next-intl/server";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ServiceTopicMatrixEditDTO } from "@/lib/taxonomy/editor-queries";
import { updateServiceTopicsAction } from "../actions";

/**
 * The Leistung ↔ Themenfeld matrix: one group of checkboxes per Leistung, each with its row's lock
 * (`version.<SERVICE>`). Plain form fields, so it saves without JavaScript.
 */
export async function ServiceTopicsForm({ matrix }: { matrix: ServiceTopicMatrixEditDTO }) {
  const [t, tf] = await Promise.all([getTranslations("editorOverview.taxonomy.mapping"), getTranslations("facets.service")]);
  const labels = Object.fromEntries(matrix.rows.map((row) => [`topics.${row.service}`, tf(row.service)]));
  const defaults = Object.fromEntries(matrix.rows.map((row) => [`topics.${row.service}`, row.topicIds]));
  const options = matrix.topics.map((topic) => ({ value: topic.id, label: topic.name }));
  return (
    <EditorForm action={updateServiceTopicsAction} defaults={defaults} labels={labels} ariaLabel={t("formLabel")}>
      <p className="max-w-3xl text-muted">{t("hint")}</p>
      <div className="grid gap-8 lg:grid-cols-2">
        {matrix.rows.map((row) => (
          <div key={row.service} className="min-w-0 border-l-4 border-line pl-4">
            <input type="hidden" name={`version.${row.service}`} value={String(row.version)} />
            <CheckboxGroup name={`topics.${row.service}`} legend={t("legend", { service: tf(row.service) })} options={options} />
          </div>
        ))}
      </div>
      <SubmitButton>{t("save")}</SubmitButton>
    </EditorForm>
  );
}
