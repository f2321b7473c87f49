import type { RawSearchParams } from "@/lib/listing/params";
import { ProgrammeListPage, programmeListMetadata } from "./_list/programme-list-page";

// Rendered per request only for text searches (q); every filter-only URL is rewritten by
// proxy.ts to the cached ./ansicht/[key] route.
export async function generateMetadata({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return programmeListMetadata(await searchParams);
}

export default async function ProgrammesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <ProgrammeListPage raw={await searchParams} />;
}
