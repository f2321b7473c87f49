import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HistoryView } from "@/components/editor/history-view";
import { requirePermission } from "@/lib/auth/guard";
import { getEntityHistory } from "@/lib/audit/queries";
import { getProgrammeForEditor, getProgrammeFormOptions } from "@/lib/programme/editor-queries";
import { programmeFieldLabels } from "../../_components/labels";
import { programmeValueLabels } from "../../_components/value-labels";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, row] = await Promise.all([getTranslations("programmeEditor.history"), getProgrammeForEditor((await params).id)]);
  return { title: row ? t("title", { title: row.title }) : undefined };
}

export default async function ProgrammeHistoryPage({ params }: Props) {
  const { id } = await params;
  await requirePermission("editor.access", `/redaktion/foerderprogramme/${id}/verlauf`);
  const row = await getProgrammeForEditor(id);
  if (!row) notFound();
  const [entries, fieldLabels, options, t, te] = await Promise.all([
    getEntityHistory("programme", id),
    programmeFieldLabels(),
    getProgrammeFormOptions(),
    getTranslations("programmeEditor.history"),
    getTranslations("programmeEditor.edit"),
  ]);
  return (
    <div className="max-w-5xl">
      <p>
        <Link href={`/redaktion/foerderprogramme/${id}`}>{(await getTranslations("programmeEditor.shared"))("backToEdit")}</Link>
        {" · "}
        <Link href="/redaktion/foerderprogramme">{te("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("title", { title: row.title })}</h1>
      <p className="mt-2">{t("intro")}</p>
      <HistoryView
        entries={entries}
        fieldLabels={fieldLabels}
        valueLabels={await programmeValueLabels(options)}
        richTextFields={["description", "eligibility", "howToApply"]}
      />
    </div>
  );
}
