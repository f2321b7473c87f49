import type { RawSearchParams } from "@/lib/listing/params";
import { ProviderListPage, providerListMetadata } from "./_list/provider-list-page";

// Rendered per request only for text searches (q); filter-only URLs go to ./ansicht/[key] (proxy.ts).
export const generateMetadata = providerListMetadata;

export default async function ProvidersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <ProviderListPage raw={await searchParams} />;
}
