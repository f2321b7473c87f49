import type { RawSearchParams } from "@/lib/listing/params";
import { SearchPage, searchPageMetadata } from "./_page/search-page";

// Rendered per request only when the query is too long to be a cache key; every other /suche URL
// is rewritten by proxy.ts to the cached ./treffer/[key] route.
interface Props {
  searchParams: Promise<RawSearchParams>;
}

export async function generateMetadata({ searchParams }: Props) {
  return searchPageMetadata(await searchParams);
}

export default async function SearchRoute({ searchParams }: Props) {
  return <SearchPage raw={await searchParams} />;
}
