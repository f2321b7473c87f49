import { getTranslations } from "next-intl/server";
import { ProviderDetail } from "@/components/provider/provider-detail";
import { JsonLd } from "@/components/ui/json-ld";
import { detailRoute, type DetailPageProps } from "@/lib/detail-route";
import { getProvider } from "@/lib/provider/cached";
import { providerJsonLd } from "@/lib/seo/json-ld";
import { publicUrl } from "@/lib/seo/site-url";

// Rendered on first request, then cached; edits revalidate it by tag.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

const route = detailRoute("/dienstleister", getProvider, (provider) => ({ title: provider.name, description: provider.summary }));
export const generateMetadata = route.generateMetadata;

export default async function ProviderPage(props: DetailPageProps) {
  const [provider, t] = await Promise.all([route.entry(props), getTranslations("facets.service")]);
  const serviceNames = provider.services.map((service) => t(service));
  return (
    <>
      <JsonLd data={providerJsonLd(provider, publicUrl(`/dienstleister/${provider.slug}`), serviceNames)} />
      <ProviderDetail provider={provider} />
    </>
  );
}
