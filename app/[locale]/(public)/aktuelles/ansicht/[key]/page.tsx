import { getFacetData } from "@/lib/listing/facet-data";
import { resolveListKey } from "@/lib/listing/resolve-list-key";
import { newsListSchema } from "@/lib/news/listing";
import { NewsListPage, PATH, newsListMetadata } from "../../_list/news-list-page";

// One cached render per canonical filter combination (see lib/listing/canonical.ts); edits
// revalidate it by tag. Nothing on the list depends on the clock, so no expiry of its own.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = newsListMetadata;

export default async function CachedNewsListPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const raw = resolveListKey(key, newsListSchema((await getFacetData("news")).slugs), PATH);
  return <NewsListPage raw={raw} />;
}
