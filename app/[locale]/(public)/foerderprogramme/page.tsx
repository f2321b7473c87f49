import type { RawSearchParams } from "@/lib/listing/params";
import { ProgrammeListPage, programmeListMetadata } from "./_list/programme-list-page";

// Rendered per request only when the query is too long to be a cache key; proxy.ts rewrites filter
// views to ./ansicht/[key] and text searches (q) to ./treffer/[key].
export async function generateMetadata({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return programmeListMetadata(await searchParams);
}

export default async function ProgrammesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <ProgrammeListPage raw={await searchParams} />;
}
