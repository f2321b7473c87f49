import type { RawSearchParams } from "@/lib/listing/params";
import { InitiativeListPage, initiativeListMetadata } from "./_list/initiative-list-page";

// Rendered per request only for text searches (q); filter-only URLs go to ./ansicht/[key] (proxy.ts).
export const generateMetadata = initiativeListMetadata;

export default async function InitiativesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <InitiativeListPage raw={await searchParams} />;
}
