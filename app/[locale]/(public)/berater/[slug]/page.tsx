import { AdvisorDetail } from "@/components/advisor/advisor-detail";
import { JsonLd } from "@/components/ui/json-ld";
import { getAdvisor } from "@/lib/advisor/cached";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { localizedText } from "@/lib/content/translations";
import { InPageNotFound } from "@/components/errors/in-page-not-found";
import { detailRoute, type DetailPageProps } from "@/lib/detail-route";
import { earliestStatusChange } from "@/lib/programme/status";
import { advisorJsonLd } from "@/lib/seo/json-ld";
import { pageAddress } from "@/lib/seo/site-url";
import { pageLocale } from "@/lib/i18n/href";
import { getRegions } from "@/lib/taxonomy/cached";
import { kreiseOf } from "@/lib/taxonomy/kreise";

// Rendered on first request, then cached; edits revalidate it by tag, and the cached page
// expires when the status of a listed programme changes (expireRenderAt).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

const route = detailRoute("/berater", getAdvisor, (advisor, locale) => ({ title: advisor.name, description: localizedText(advisor, "summary", locale).text }));
export const generateMetadata = route.generateMetadata;

export default async function AdvisorPage(props: DetailPageProps) {
  const [advisor, regions] = await Promise.all([route.entry(props), getRegions()]);
  if (!advisor) return <InPageNotFound />;
  await expireRenderAt(earliestStatusChange(advisor.programmes));
  const locale = await pageLocale();
  return (
    <>
      <JsonLd data={advisorJsonLd(advisor, pageAddress(`/berater/${advisor.slug}`, locale))} />
      <AdvisorDetail advisor={advisor} kreise={kreiseOf(regions)} />
    </>
  );
}
