import type { RawSearchParams } from "@/lib/listing/params";
import { AdvisorListPage, advisorListMetadata } from "./_list/advisor-list-page";

// Rendered per request only for text searches (q); filter-only URLs go to ./ansicht/[key] (proxy.ts).
export const generateMetadata = advisorListMetadata;

export default async function AdvisorsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <AdvisorListPage raw={await searchParams} />;
}
