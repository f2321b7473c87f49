import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntryHistoryPage } from "@/components/editor/entry-history-page";
import { getAdvisorEditorOptions, getAdvisorForEditor } from "@/lib/advisor/editor-queries";
import { getEntityHistory } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { advisorFieldLabels, advisorValueLabels } from "../../_components/labels";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("directoryEditor.advisors.history"), readForMetadata((actor) => getAdvisorForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { name: row.name }) };
}

export default async function AdvisorHistoryPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/berater/${id}/verlauf`);
  const row = await getAdvisorForEditor(actor, id);
  if (!row) return <InPageNotFound />;
  const [entries, fieldLabels, options, t] = await Promise.all([
    getEntityHistory(actor, "advisor", id),
    advisorFieldLabels(),
    getAdvisorEditorOptions(actor),
    getTranslations("directoryEditor.advisors.history"),
  ]);
  return (
    <EntryHistoryPage
      listPath="/redaktion/berater"
      id={id}
      title={t("title", { name: row.name })}
      entries={entries}
      fieldLabels={fieldLabels}
      valueLabels={await advisorValueLabels(options)}
    />
  );
}
