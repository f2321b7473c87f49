import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PreviewBanner } from "@/components/editor/preview-banner";
import { NewsDetail } from "@/components/news/news-detail";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { getNewsForEditor, getNewsPreview } from "@/lib/news/editor-queries";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("newsEditor.preview"), readForMetadata((actor) => getNewsForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { name: row.title }), robots: { index: false, follow: false } };
}

/** The entry exactly as the public will see it: the public page's own component, whatever the status. */
export default async function NewsPreviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/aktuelles/${id}/vorschau`);
  const [row, item] = await Promise.all([getNewsForEditor(actor, id), getNewsPreview(actor, id)]);
  if (!row || !item) return <InPageNotFound />;
  return (
    <div>
      <PreviewBanner status={row.status} editHref={`/redaktion/aktuelles/${id}`} />
      <NewsDetail item={item} />
    </div>
  );
}
