import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntryHistoryPage } from "@/components/editor/entry-history-page";
import { getEntityHistory } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { getEventEditorOptions, getEventForEditor } from "@/lib/event/editor-queries";
import { eventFieldLabels, eventValueLabels } from "../../_components/labels";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("eventEditor.history"), readForMetadata((actor) => getEventForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { title: row.title }) };
}

export default async function EventHistoryPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/veranstaltungen/${id}/verlauf`);
  const row = await getEventForEditor(actor, id);
  if (!row) return <InPageNotFound />;
  const [entries, fieldLabels, options, t] = await Promise.all([
    getEntityHistory(actor, "event", id),
    eventFieldLabels(),
    getEventEditorOptions(actor),
    getTranslations("eventEditor.history"),
  ]);
  return (
    <EntryHistoryPage
      listPath="/redaktion/veranstaltungen"
      id={id}
      title={t("title", { title: row.title })}
      entries={entries}
      fieldLabels={fieldLabels}
      valueLabels={await eventValueLabels(options)}
    />
  );
}
