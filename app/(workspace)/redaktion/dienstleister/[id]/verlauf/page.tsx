import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { HistoryView } from "@/components/editor/history-view";
import { getProviderForEditor, getProviderRegionOptions } from "@/lib/provider/editor-queries";
import { getEntityHistory } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guard";
import { providerFieldLabels, providerValueLabels } from "../../_components/labels";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, row] = await Promise.all([getTranslations("directoryEditor.providers.history"), getProviderForEditor((await params).id)]);
  return { title: row ? t("title", { name: row.name }) : undefined };
}

export default async function ProviderHistoryPage({ params }: Props) {
  const { id } = await params;
  await requirePermission("editor.access", `/redaktion/dienstleister/${id}/verlauf`);
  const row = await getProviderForEditor(id);
  if (!row) notFound();
  const [entries, fieldLabels, regions, t, th, ts, te] = await Promise.all([
    getEntityHistory("provider", id),
    providerFieldLabels(),
    getProviderRegionOptions(),
    getTranslations("directoryEditor.providers.history"),
    getTranslations("programmeEditor.history"),
    getTranslations("programmeEditor.shared"),
    getTranslations("programmeEditor.edit"),
  ]);
  return (
    <div className="max-w-5xl">
      <p>
        <Link href={`/redaktion/dienstleister/${id}`}>{ts("backToEdit")}</Link>
        {" · "}
        <Link href="/redaktion/dienstleister">{te("backToList")}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t("title", { name: row.name })}</h1>
      <p className="mt-2">{th("intro")}</p>
      <HistoryView entries={entries} fieldLabels={fieldLabels} valueLabels={await providerValueLabels(regions)} richTextFields={["description"]} />
    </div>
  );
}
