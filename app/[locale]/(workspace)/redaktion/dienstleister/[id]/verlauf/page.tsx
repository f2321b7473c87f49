import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntryHistoryPage } from "@/components/editor/entry-history-page";
import { getProviderForEditor, getProviderRegionOptions } from "@/lib/provider/editor-queries";
import { getEntityHistory } from "@/lib/audit/queries";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { providerFieldLabels, providerValueLabels } from "../../_components/labels";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("directoryEditor.providers.history"), readForMetadata((actor) => getProviderForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { name: row.name }) };
}

export default async function ProviderHistoryPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/dienstleister/${id}/verlauf`);
  const row = await getProviderForEditor(actor, id);
  if (!row) return <InPageNotFound />;
  const [entries, fieldLabels, regions, t] = await Promise.all([
    getEntityHistory(actor, "provider", id),
    providerFieldLabels(),
    getProviderRegionOptions(actor),
    getTranslations("directoryEditor.providers.history"),
  ]);
  return (
    <EntryHistoryPage
      listPath="/redaktion/dienstleister"
      id={id}
      title={t("title", { name: row.name })}
      entries={entries}
      fieldLabels={fieldLabels}
      valueLabels={await providerValueLabels(regions)}
      richTextFields={["description"]}
    />
  );
}
