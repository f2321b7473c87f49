import { getFacetData } from "@/lib/listing/facet-data";
import { resolveListKey } from "@/lib/listing/resolve-list-key";
import { providerListSchema } from "@/lib/provider/listing";
import { PATH, ProviderListPage, providerListMetadata } from "../../_list/provider-list-page";

// One cached render per canonical filter combination (see lib/listing/canonical.ts); edits
// revalidate it by tag.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = providerListMetadata;

export default async function CachedProviderListPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const raw = resolveListKey(key, providerListSchema((await getFacetData("provider")).slugs), PATH);
  return <ProviderListPage raw={raw} />;
}
