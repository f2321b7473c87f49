import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PreviewBanner } from "@/components/editor/preview-banner";
import { InitiativeDetail } from "@/components/initiative/initiative-detail";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { getInitiativeForEditor, getInitiativePreview } from "@/lib/initiative/editor-queries";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("initiativeEditor.preview"), readForMetadata((actor) => getInitiativeForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { name: row.title }), robots: { index: false, follow: false } };
}

/** The entry exactly as the public will see it: the public page's own component, whatever the status. */
export default async function InitiativePreviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/initiativen/${id}/vorschau`);
  const [row, initiative] = await Promise.all([getInitiativeForEditor(actor, id), getInitiativePreview(actor, id)]);
  if (!row || !initiative) return <InPageNotFound />;
  return (
    <div>
      <PreviewBanner status={row.status} editHref={`/redaktion/initiativen/${id}`} />
      <InitiativeDetail initiative={initiative} />
    </div>
  );
}
