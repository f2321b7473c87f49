import { ProgrammeCalendarLink } from "@/components/programme/programme-calendar-link";
import { ProgrammeDetail } from "@/components/programme/programme-detail";
import { JsonLd } from "@/components/ui/json-ld";
import { ProvidersForProgrammeSection } from "@/components/portfolio-funding/providers-for-programme";
import { getProvidersForProgramme } from "@/lib/portfolio-funding/related";
import { env } from "@/lib/env";
import { programmeIcsPath, webcalUrl, withSubscriptionLocale } from "@/lib/subscriptions/links";
import { InPageNotFound } from "@/components/errors/in-page-not-found";
import { localizedText } from "@/lib/content/translations";
import { detailRoute, type DetailPageProps } from "@/lib/detail-route";
import { getProgramme } from "@/lib/programme/cached";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { nextDetailChange } from "@/lib/programme/deadline";
import { programmeJsonLd } from "@/lib/seo/json-ld";
import { pageAddress } from "@/lib/seo/site-url";
import { pageLocale } from "@/lib/i18n/href";

// Rendered on first request, then cached; edits revalidate it by tag (its own, "programmes", and
// programme:<slug> of the pages that link it as successor; "providers" and "service-topics" for the
// regional providers' section), and the cached page expires the instant
// its status, its countdown or a linked successor's status changes (expireRenderAt).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

const route = detailRoute("/foerderprogramme", getProgramme, (programme, locale) => ({
  title: localizedText(programme, "title", locale).text,
  description: localizedText(programme, "summary", locale).text,
}));
export const generateMetadata = route.generateMetadata;

export default async function ProgrammePage(props: DetailPageProps) {
  const programme = await route.entry(props);
  if (!programme) return <InPageNotFound />;
  await expireRenderAt(nextDetailChange(programme, programme.successors));
  const providers = await getProvidersForProgramme(programme);
  const locale = await pageLocale();
  return (
    <>
      <JsonLd data={programmeJsonLd(programme, pageAddress(`/foerderprogramme/${programme.slug}`, locale))} />
      <ProgrammeDetail programme={programme} providers={<ProvidersForProgrammeSection related={providers} />} />
      <ProgrammeCalendarLink
        deadline={programme.deadline}
        webcalHref={webcalUrl(env.SITE_URL, withSubscriptionLocale(programmeIcsPath(programme.slug), locale))}
        icsHref={withSubscriptionLocale(programmeIcsPath(programme.slug), locale)}
      />
    </>
  );
}
