import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProviderCard } from "@/components/provider/provider-card";
import { ProviderDetail } from "@/components/provider/provider-detail";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { getProviderForEditor, getProviderPreview } from "@/lib/provider/editor-queries";
import { PreviewBanner } from "@/components/editor/preview-banner";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("directoryEditor.providers.preview"), readForMetadata((actor) => getProviderForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { name: row.name }), robots: { index: false, follow: false } };
}

/** The entry exactly as the public will see it: the public page's own component, whatever the status. */
export default async function ProviderPreviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/dienstleister/${id}/vorschau`);
  const [row, provider, t] = await Promise.all([
    getProviderForEditor(actor, id),
    getProviderPreview(actor, id),
    getTranslations("editor.preview"),
  ]);
  if (!row || !provider) return <InPageNotFound />;
  // The list card from the same data the public list projection holds.
  const card: ProviderCardDTO = {
    slug: provider.slug,
    name: provider.name,
    summary: provider.summary,
    summaryFr: provider.summaryFr,
    summaryEn: provider.summaryEn,
    services: provider.services,
    industries: provider.industries,
    size: provider.size,
    town: provider.town,
    regionSlug: provider.region.slug,
    regionName: provider.region.name,
    logo: provider.logo,
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
  };
  return (
    <div>
      <PreviewBanner status={row.status} editHref={`/redaktion/dienstleister/${id}`} />
      <ProviderDetail provider={provider} />
      <section aria-labelledby="preview-cards" className="mt-12 border-t-4 border-line pt-6">
        <h2 id="preview-cards" className="text-2xl font-bold">
          {t("listHeading")}
        </h2>
        <ProviderCard provider={card} headingLevel="h3" />
      </section>
    </div>
  );
}
