import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntryHistoryPage } from "@/components/editor/entry-history-page";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { getEntityHistory } from "@/lib/audit/queries";
import { getProgrammeForEditor, getProgrammeFormOptions } from "@/lib/programme/editor-queries";
import { programmeFieldLabels } from "../../_components/labels";
import { programmeValueLabels } from "../../_components/value-labels";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("programmeEditor.history"), readForMetadata((actor) => getProgrammeForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { title: row.title }) };
}

export default async function ProgrammeHistoryPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/foerderprogramme/${id}/verlauf`);
  const row = await getProgrammeForEditor(actor, id);
  if (!row) return <InPageNotFound />;
  const [entries, fieldLabels, options, t] = await Promise.all([
    getEntityHistory(actor, "programme", id),
    programmeFieldLabels(),
    getProgrammeFormOptions(actor),
    getTranslations("programmeEditor.history"),
  ]);
  return (
    <EntryHistoryPage
      listPath="/redaktion/foerderprogramme"
      id={id}
      title={t("title", { title: row.title })}
      entries={entries}
      fieldLabels={fieldLabels}
      valueLabels={await programmeValueLabels(options)}
      richTextFields={["description", "eligibility", "howToApply", "requiredDocuments"]}
    />
  );
}
