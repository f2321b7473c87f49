import { getTranslations } from "next-intl/server";
import { EditorForm } from "@/components/forms/editor-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import type { TopicEditDTO } from "@/lib/taxonomy/editor-queries";
import { updateTopicAction } from "../actions";

export async function TopicForm({ topic }: { topic: TopicEditDTO }) {
  const t = await getTranslations("editorOverview.taxonomy.topic");
  const labels = { name: t("fields.name"), description: t("fields.description"), pageText: t("fields.pageText"), sortOrder: t("fields.sortOrder") };
  const defaults = { id: topic.id, version: String(topic.version), name: topic.name, description: topic.description, pageText: topic.pageText ?? "", sortOrder: String(topic.sortOrder) };
  return (
    <EditorForm action={updateTopicAction} defaults={defaults} labels={labels} ariaLabel={t("formLabel")}>
      <input type="hidden" name="id" value={topic.id} />
      <TextField name="name" label={labels.name} required />
      <TextareaField name="description" label={labels.description} hint={t("hints.description")} required rows={4} />
      <TextareaField name="pageText" label={labels.pageText} hint={t("hints.pageText", { path: `/themen/${topic.slug}` })} rows={10} />
      <TextField name="sortOrder" label={labels.sortOrder} hint={t("hints.sortOrder")} required inputMode="numeric" width="w-24" />
      <SubmitButton>{t("save")}</SubmitButton>
    </EditorForm>
  );
}
