import { expireRenderAt } from "@/lib/cache/expire-render";
import { addDays, berlinDay, startOfBerlinDay } from "@/lib/dates";
import { decodeListKey } from "@/lib/listing/canonical";
import { getFacetData } from "@/lib/listing/facet-data";
import { resolveListKey } from "@/lib/listing/resolve-list-key";
import { deadlineListSchema } from "@/lib/programme/deadline-view";
import { DeadlinesPage, PATH, deadlinesMetadata } from "../../_list/deadlines-page";

interface Props {
  params: Promise<{ key: string }>;
}

// One cached render per canonical /fristen query (proxy.ts). Edits revalidate it by tag; it
// expires at the next Berlin midnight, when a deadline may pass, countdowns move on and the
// calendar's "today" and month range change.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props) {
  return deadlinesMetadata(decodeListKey((await params).key) ?? {});
}

export default async function CachedFristenPage({ params }: Props) {
  const { key } = await params;
  const now = new Date();
  const raw = resolveListKey(key, deadlineListSchema((await getFacetData("programme")).slugs, now), PATH);
  await expireRenderAt(startOfBerlinDay(addDays(berlinDay(now), 1)));
  return <DeadlinesPage raw={raw} now={now} />;
}
