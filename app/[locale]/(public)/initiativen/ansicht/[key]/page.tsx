import { initiativeListSchema } from "@/lib/initiative/listing";
import { getFacetData } from "@/lib/listing/facet-data";
import { resolveListKey } from "@/lib/listing/resolve-list-key";
import { InitiativeListPage, PATH, initiativeListMetadata } from "../../_list/initiative-list-page";

// One cached render per canonical filter combination (see lib/listing/canonical.ts); edits
// revalidate it by tag. Cards show no milestone marks, so no expiry at midnight is needed.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = initiativeListMetadata;

export default async function CachedInitiativeListPage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const raw = resolveListKey(key, initiativeListSchema((await getFacetData("initiative")).slugs), PATH);
  return <InitiativeListPage raw={raw} />;
}
