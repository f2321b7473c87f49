import CachedFristenPage, { generateMetadata } from "../../ansicht/[key]/page";

// A text search (q) in the list: the same cached page as a filter view (its key carries q), under
// a route of its own so that the page cache bounds searches apart from filter views (proxy.ts,
// lib/cache/page-rules.cjs).
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export { generateMetadata };
export default CachedFristenPage;
