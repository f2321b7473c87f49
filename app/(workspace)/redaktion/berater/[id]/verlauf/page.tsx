import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EntryHistoryPage } from "@/components/editor/entry-history-page";
import { getAdvisorEditorOptions, getAdvisorForEditor } from "@/lib/advisor/editor-queries";
import { getEntityHistory } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { advisorFieldLabels, advisorValueLabels } from "../../_components/labels";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("directoryEditor.advisors.history"), readForMetadata((actor) => getAdvisorForEditor(actor, id))]);
  return { title: row ? t("title", { name: row.name }) : undefined };
}

export default async function AdvisorHistoryPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/berater/${id}/verlauf`);
  const row = await getAdvisorForEditor(actor, id);
  if (!row) notFound();
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
