import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntryHistoryPage } from "@/components/editor/entry-history-page";
import { getEntityHistory } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { getNewsEditorOptions, getNewsForEditor } from "@/lib/news/editor-queries";
import { newsFieldLabels, newsValueLabels } from "../../_components/labels";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("newsEditor.history"), readForMetadata((actor) => getNewsForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { name: row.title }) };
}

export default async function NewsHistoryPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/aktuelles/${id}/verlauf`);
  const row = await getNewsForEditor(actor, id);
  if (!row) return <InPageNotFound />;
  const [entries, fieldLabels, options, t] = await Promise.all([
    getEntityHistory(actor, "news", id),
    newsFieldLabels(),
    getNewsEditorOptions(actor),
    getTranslations("newsEditor.history"),
  ]);
  return (
    <EntryHistoryPage
      listPath="/redaktion/aktuelles"
      id={id}
      title={t("title", { name: row.title })}
      entries={entries}
      fieldLabels={fieldLabels}
      valueLabels={await newsValueLabels(options)}
      richTextFields={["body"]}
    />
  );
}
