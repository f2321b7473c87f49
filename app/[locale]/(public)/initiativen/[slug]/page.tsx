import { JsonLd } from "@/components/ui/json-ld";
import { InPageNotFound } from "@/components/errors/in-page-not-found";
import { InitiativeDetail } from "@/components/initiative/initiative-detail";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { localizedText } from "@/lib/content/translations";
import { detailRoute, type DetailPageProps } from "@/lib/detail-route";
import { getInitiative } from "@/lib/initiative/cached";
import { nextMilestoneChange } from "@/lib/initiative/milestones";
import { initiativeJsonLd } from "@/lib/seo/json-ld-activities";
import { pageAddress } from "@/lib/seo/site-url";
import { pageLocale } from "@/lib/i18n/href";

// Rendered on first request, then cached; edits revalidate it by tag. Milestones are marked
// "erreicht" by today's date, so the cached page expires at the next Berlin midnight.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

const route = detailRoute("/initiativen", getInitiative, (initiative, locale) => ({
  title: localizedText(initiative, "title", locale).text,
  description: localizedText(initiative, "summary", locale).text,
}));
export const generateMetadata = route.generateMetadata;

export default async function InitiativePage(props: DetailPageProps) {
  const initiative = await route.entry(props);
  if (!initiative) return <InPageNotFound />;
  await expireRenderAt(nextMilestoneChange());
  const locale = await pageLocale();
  return (
    <>
      <JsonLd data={initiativeJsonLd(initiative, pageAddress(`/initiativen/${initiative.slug}`, locale), (slug) => pageAddress(`/foerderprogramme/${slug}`, locale).url)} />
      <InitiativeDetail initiative={initiative} />
    </>
  );
}
