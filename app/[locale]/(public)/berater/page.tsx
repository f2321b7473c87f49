import type { RawSearchParams } from "@/lib/listing/params";
import { AdvisorListPage, advisorListMetadata } from "./_list/advisor-list-page";

// Rendered per request only when the query is too long to be a cache key; proxy.ts rewrites filter
// views to ./ansicht/[key] and text searches (q) to ./treffer/[key].
export const generateMetadata = advisorListMetadata;

export default async function AdvisorsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <AdvisorListPage raw={await searchParams} />;
}
