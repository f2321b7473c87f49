import type { RawSearchParams } from "@/lib/listing/params";
import { InitiativeListPage, initiativeListMetadata } from "./_list/initiative-list-page";

// Rendered per request only when the query is too long to be a cache key; proxy.ts rewrites filter
// views to ./ansicht/[key] and text searches (q) to ./treffer/[key].
export const generateMetadata = initiativeListMetadata;

export default async function InitiativesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <InitiativeListPage raw={await searchParams} />;
}
