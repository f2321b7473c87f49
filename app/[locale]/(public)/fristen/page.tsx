import type { RawSearchParams } from "@/lib/listing/params";
import { DeadlinesPage, deadlinesMetadata } from "./_list/deadlines-page";

type Props = { searchParams: Promise<RawSearchParams> };

// Rendered per request only when the query is too long to be a cache key; proxy.ts rewrites filter
// views to ./ansicht/[key] and text searches (q) to ./treffer/[key] (see ./ansicht/README.md).
export async function generateMetadata({ searchParams }: Props) {
  return deadlinesMetadata(await searchParams);
}

export default async function FristenPage({ searchParams }: Props) {
  return <DeadlinesPage raw={await searchParams} />;
}
