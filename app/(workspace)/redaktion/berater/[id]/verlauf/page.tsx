import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HistoryView } from "@/components/editor/history-view";
import { getAdvisorEditorOptions, getAdvisorForEditor } from "@/lib/advisor/editor-queries";
import { getEntityHistory } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guard";
import { advisorFieldLabels, advisorValueLabels } from "../../_components/labels";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, row] = await Promise.all([getTranslations("directoryEditor.advisors.history"), getAdvisorForEditor((await params).id)]);
  return { title: row ? t("title", { name: row.name }) : undefined };
}

export default async function AdvisorHistoryPage({ params }: Props) {
  const { id } = await params;
  await requirePermission("editor.access", `/redaktion/berater/${id}/verlauf`);
  const row = await getAdvisorForEditor(id);
  if (!row) notFound();
  const [entries, fieldLabels, options, t, th, ts, te] = await Promise.all([
    getEntityHistory("advisor", id),
    advisorFieldLabels(),
    getAdvisorEditorOptions(),
    getTranslations("directoryEditor.advisors.history"),
    getTranslations("programmeEditor.history"),
    getTranslations("programmeEditor.shared"),
    getTranslations("programmeEditor.edit"),
  ]);
  return (
    <div className="max-w-5xl">
      <p>
        <Link href={`/redaktion/berater/${id}`}>{ts("backToEdit")}</Link>
        {" · "}
        <Link href="/redaktion/berater">{te("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("title", { name: row.name })}</h1>
      <p className="mt-2">{th("intro")}</p>
      <HistoryView entries={entries} fieldLabels={fieldLabels} valueLabels={await advisorValueLabels(options)} />
    </div>
  );
}
