import type { RawSearchParams } from "@/lib/listing/params";
import { ProviderListPage, providerListMetadata } from "./_list/provider-list-page";

// Rendered per request only when the query is too long to be a cache key; proxy.ts rewrites filter
// views to ./ansicht/[key] and text searches (q) to ./treffer/[key].
export const generateMetadata = providerListMetadata;

export default async function ProvidersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <ProviderListPage raw={await searchParams} />;
}
