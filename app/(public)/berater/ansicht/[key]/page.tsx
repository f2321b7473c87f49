import { notFound, redirect } from "next/navigation";
import { advisorListSchema } from "@/lib/advisor/listing";
import { acceptedParams, decodeListKey, encodeListKey, pairsToQuery } from "@/lib/listing/canonical";
import { AdvisorListPage, PATH, advisorListMetadata, getAdvisorFacetSources } from "../../_list/advisor-list-page";

// One cached render per canonical filter combination (see lib/listing/canonical.ts); edits
// revalidate it by tag. No statuses are shown, so no status expiry is needed.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = advisorListMetadata;

export default async function CachedAdvisorListPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const raw = decodeListKey(key);
  if (!raw) notFound();
  const accepted = acceptedParams(raw, advisorListSchema((await getAdvisorFacetSources()).slugs));
  if (encodeListKey(accepted) !== key) redirect(`${PATH}${pairsToQuery(accepted)}`);
  return <AdvisorListPage raw={raw} />;
}
