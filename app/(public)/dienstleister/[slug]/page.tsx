import { ProviderDetail } from "@/components/provider/provider-detail";
import { detailRoute, type DetailPageProps } from "@/lib/detail-route";
import { getProvider } from "@/lib/provider/cached";

// Rendered on first request, then cached; edits revalidate it by tag.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

const route = detailRoute(getProvider, (provider) => ({ title: provider.name, description: provider.summary }));
export const generateMetadata = route.generateMetadata;

export default async function ProviderPage(props: DetailPageProps) {
  return <ProviderDetail provider={await route.entry(props)} />;
}
