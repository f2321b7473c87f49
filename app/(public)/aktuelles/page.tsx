import type { RawSearchParams } from "@/lib/listing/params";
import { NewsListPage, newsListMetadata } from "./_list/news-list-page";

// Rendered per request only for text searches (q); filter-only URLs go to ./ansicht/[key] (proxy.ts).
export const generateMetadata = newsListMetadata;

export default async function NewsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <NewsListPage raw={await searchParams} />;
}
