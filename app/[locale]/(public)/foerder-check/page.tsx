import type { RawSearchParams } from "@/lib/listing/params";
import { FoerderCheckPage, foerderCheckMetadata } from "./_page/foerder-check-page";

// Rendered per request only for what proxy.ts does not rewrite to the cached ./ansicht/[key]
// route (HEAD requests, overlong queries).
export const generateMetadata = foerderCheckMetadata;

export default async function FoerderCheckUncachedPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <FoerderCheckPage raw={await searchParams} now={new Date()} />;
}
