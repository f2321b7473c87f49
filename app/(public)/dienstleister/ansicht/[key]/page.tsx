import { notFound, redirect } from "next/navigation";
import { acceptedParams, decodeListKey, encodeListKey, pairsToQuery } from "@/lib/listing/canonical";
import { providerListSchema } from "@/lib/provider/listing";
import { PATH, ProviderListPage, getProviderFacetSources, providerListMetadata } from "../../_list/provider-list-page";

// One cached render per canonical filter combination (see lib/listing/canonical.ts); edits
// revalidate it by tag.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = providerListMetadata;

export default async function CachedProviderListPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const raw = decodeListKey(key);
  if (!raw) notFound();
  const accepted = acceptedParams(raw, providerListSchema((await getProviderFacetSources()).slugs));
  if (encodeListKey(accepted) !== key) redirect(`${PATH}${pairsToQuery(accepted)}`);
  return <ProviderListPage raw={raw} />;
}
