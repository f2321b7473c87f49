import { getTranslations } from "next-intl/server";
import { FundingForProviderSection } from "@/components/portfolio-funding/funding-for-provider";
import { ProviderDetail } from "@/components/provider/provider-detail";
import { JsonLd } from "@/components/ui/json-ld";
import { expireRenderAt } from "@/lib/cache/expire-render";
import { localizedText } from "@/lib/content/translations";
import { getFundingForProvider } from "@/lib/portfolio-funding/related";
import { InPageNotFound } from "@/components/errors/in-page-not-found";
import { detailRoute, type DetailPageProps } from "@/lib/detail-route";
import { getProvider } from "@/lib/provider/cached";
import { providerJsonLd } from "@/lib/seo/json-ld";
import { pageAddress } from "@/lib/seo/site-url";
import { pageLocale } from "@/lib/i18n/href";

// Rendered on first request, then cached; edits revalidate it by tag: its own, and those of the
// matching programmes' section ("programmes", "service-topics", "taxonomy"). The section shows
// statuses, so the page also expires the instant one of its candidates' status or countdown changes.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

const route = detailRoute("/dienstleister", getProvider, (provider, locale) => ({ title: provider.name, description: localizedText(provider, "summary", locale).text }));
export const generateMetadata = route.generateMetadata;

export default async function ProviderPage(props: DetailPageProps) {
  const [provider, t] = await Promise.all([route.entry(props), getTranslations("facets.service")]);
  if (!provider) return <InPageNotFound />;
  const now = new Date();
  const funding = await getFundingForProvider(provider, now);
  await expireRenderAt(funding.expiresAt);
  const serviceNames = provider.services.map((service) => t(service));
  const locale = await pageLocale();
  return (
    <>
      <JsonLd data={providerJsonLd(provider, pageAddress(`/dienstleister/${provider.slug}`, locale), serviceNames)} />
      <ProviderDetail provider={provider} funding={<FundingForProviderSection funding={funding} regionName={provider.region.name} now={now} />} />
    </>
  );
}
