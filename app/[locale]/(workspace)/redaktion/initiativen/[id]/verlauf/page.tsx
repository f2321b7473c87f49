import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntryHistoryPage } from "@/components/editor/entry-history-page";
import { getEntityHistory } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { getInitiativeEditorOptions, getInitiativeForEditor } from "@/lib/initiative/editor-queries";
import { initiativeFieldLabels, initiativeValueLabels } from "../../_components/labels";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("initiativeEditor.history"), readForMetadata((actor) => getInitiativeForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { name: row.title }) };
}

export default async function InitiativeHistoryPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/initiativen/${id}/verlauf`);
  const row = await getInitiativeForEditor(actor, id);
  if (!row) return <InPageNotFound />;
  const [entries, fieldLabels, options, t] = await Promise.all([
    getEntityHistory(actor, "initiative", id),
    initiativeFieldLabels(),
    getInitiativeEditorOptions(actor),
    getTranslations("initiativeEditor.history"),
  ]);
  return (
    <EntryHistoryPage
      listPath="/redaktion/initiativen"
      id={id}
      title={t("title", { name: row.title })}
      entries={entries}
      fieldLabels={fieldLabels}
      valueLabels={await initiativeValueLabels(options)}
      richTextFields={["description"]}
    />
  );
}
