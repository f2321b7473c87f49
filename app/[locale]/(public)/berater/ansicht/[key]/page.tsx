import { advisorListSchema } from "@/lib/advisor/listing";
import { getFacetData } from "@/lib/listing/facet-data";
import { resolveListKey } from "@/lib/listing/resolve-list-key";
import { AdvisorListPage, PATH, advisorListMetadata } from "../../_list/advisor-list-page";

// One cached render per canonical filter combination (see lib/listing/canonical.ts); edits
// revalidate it by tag. No statuses are shown, so no status expiry is needed.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = advisorListMetadata;

export default async function CachedAdvisorListPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const raw = resolveListKey(key, advisorListSchema((await getFacetData("advisor")).slugs), PATH);
  return <AdvisorListPage raw={raw} />;
}
