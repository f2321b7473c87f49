import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProgrammeCard } from "@/components/programme/programme-card";
import { ProgrammeDetail } from "@/components/programme/programme-detail";
import { SearchHitItem } from "@/components/search/search-hit";
import { PreviewBanner } from "@/components/editor/preview-banner";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { getProgrammePreview } from "@/lib/programme/editor-preview";
import { programmeTiming } from "@/lib/programme/deadline";
import { getRegions } from "@/lib/taxonomy/cached";
import { kreiseOf } from "@/lib/taxonomy/kreise";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, preview] = await Promise.all([getTranslations("programmeEditor.preview"), readForMetadata((actor) => getProgrammePreview(actor, id))]);
  if (!preview) return notFoundMetadata();
  return { title: t("title", { title: preview.detail.title }), robots: { index: false, follow: false } };
}

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The entry exactly as the public will see it: the public detail component, card and search hit. */
export default async function ProgrammePreviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/foerderprogramme/${id}/vorschau`);
  const preview = await getProgrammePreview(actor, id);
  if (!preview) return <InPageNotFound />;
  const t = await getTranslations("editor.preview");
  const timing = programmeTiming(preview.card);
  const kreise = kreiseOf(await getRegions());
  return (
    <div>
      <PreviewBanner status={preview.status} editHref={`/redaktion/foerderprogramme/${id}`} />
      <ProgrammeDetail programme={preview.detail} />
      <section aria-labelledby="preview-cards" className="mt-12 border-t-4 border-line pt-6">
        <h2 id="preview-cards" className="text-2xl font-bold">
          {t("cardHeading")}
        </h2>
        <div className="mt-4 grid gap-8 lg:grid-cols-2">
          <div>
            <h3 className="font-semibold text-muted">{t("listHeading")}</h3>
            <ProgrammeCard programme={{ ...preview.card, ...timing }} kreise={kreise} headingLevel="h3" />
          </div>
          <div>
            <h3 className="font-semibold text-muted">{t("searchHeading")}</h3>
            <SearchHitItem
              timing={timing}
              card={{ type: "programme", card: preview.card }}
              kreise={kreise}
              headingLevel="h3"
              hit={{
                type: "programme",
                slug: preview.card.slug,
                title: preview.card.title,
                summary: preview.card.summary,
                applicationStart: preview.card.applicationStart,
                deadline: preview.card.deadline,
                highlightedTitle: escapeHtml(preview.card.title),
                highlightedSummary: escapeHtml(preview.card.summary),
              }}
            />
          </div>
        </div>
      </section>
    </div>
  );
}
