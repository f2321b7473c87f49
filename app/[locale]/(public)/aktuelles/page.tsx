import type { RawSearchParams } from "@/lib/listing/params";
import { NewsListPage, newsListMetadata } from "./_list/news-list-page";

// Rendered per request only when the query is too long to be a cache key; proxy.ts rewrites filter
// views to ./ansicht/[key] and text searches (q) to ./treffer/[key].
export const generateMetadata = newsListMetadata;

export default async function NewsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <NewsListPage raw={await searchParams} />;
}
