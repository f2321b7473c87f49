import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdvisorCard } from "@/components/advisor/advisor-card";
import { AdvisorDetail } from "@/components/advisor/advisor-detail";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import { getAdvisorForEditor, getAdvisorPreview } from "@/lib/advisor/editor-queries";
import { PreviewBanner } from "@/components/editor/preview-banner";
import { requirePermission } from "@/lib/auth/guard";
import { readForMetadata } from "@/lib/auth/metadata-read";
import { getRegions } from "@/lib/taxonomy/cached";
import { kreiseOf } from "@/lib/taxonomy/kreise";
import { InPageNotFound, notFoundMetadata } from "@/components/errors/in-page-not-found";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, row] = await Promise.all([getTranslations("directoryEditor.advisors.preview"), readForMetadata((actor) => getAdvisorForEditor(actor, id))]);
  if (!row) return notFoundMetadata();
  return { title: t("title", { name: row.name }), robots: { index: false, follow: false } };
}

/** The entry exactly as the public will see it: the public page's own component, whatever the status. */
export default async function AdvisorPreviewPage({ params }: Props) {
  const { id } = await params;
  const actor = await requirePermission("editor.access", `/redaktion/berater/${id}/vorschau`);
  const [row, advisor, t, regions] = await Promise.all([
    getAdvisorForEditor(actor, id),
    getAdvisorPreview(actor, id),
    getTranslations("editor.preview"),
    getRegions(),
  ]);
  if (!row || !advisor) return <InPageNotFound />;
  // The list card from the same data the public list projection holds.
  const card: AdvisorCardDTO = {
    slug: advisor.slug,
    kind: advisor.kind,
    name: advisor.name,
    jobTitle: advisor.jobTitle,
    summary: advisor.summary,
    jobTitleFr: advisor.jobTitleFr,
    jobTitleEn: advisor.jobTitleEn,
    summaryFr: advisor.summaryFr,
    summaryEn: advisor.summaryEn,
    organisationSlug: advisor.organisation.slug,
    organisationName: advisor.organisation.name,
    topicSlugs: advisor.topics.map((x) => x.slug),
    regionSlugs: advisor.regions.map((x) => x.slug),
    consultationModes: advisor.consultationModes,
    town: advisor.town,
  };
  return (
    <div>
      <PreviewBanner status={row.status} editHref={`/redaktion/berater/${id}`} />
      <AdvisorDetail advisor={advisor} kreise={kreiseOf(regions)} />
      <section aria-labelledby="preview-cards" className="mt-12 border-t-4 border-line pt-6">
        <h2 id="preview-cards" className="text-2xl font-bold">
          {t("listHeading")}
        </h2>
        <AdvisorCard advisor={card} kreise={kreiseOf(regions)} headingLevel="h3" />
      </section>
    </div>
  );
}
