import type { RawSearchParams } from "@/lib/listing/params";
import { DeadlinesPage, deadlinesMetadata } from "./_list/deadlines-page";

type Props = { searchParams: Promise<RawSearchParams> };

// Rendered per request only for text searches (q); every other /fristen URL is rewritten by
// proxy.ts to the cached ./ansicht/[key] route (see ./ansicht/README.md).
export async function generateMetadata({ searchParams }: Props) {
  return deadlinesMetadata(await searchParams);
}

export default async function FristenPage({ searchParams }: Props) {
  return <DeadlinesPage raw={await searchParams} />;
}
