import { expireRenderAt } from "@/lib/cache/expire-render";
import { getEventCards } from "@/lib/event/cached";
import { eventListSchema } from "@/lib/event/listing";
import { nextEventEnd } from "@/lib/event/timing";
import { getFacetData } from "@/lib/listing/facet-data";
import { resolveListKey } from "@/lib/listing/resolve-list-key";
import { EventListPage, PATHS, eventListMetadata } from "../../../_list/event-list-page";

// One cached render per canonical filter combination (see lib/listing/canonical.ts); edits
// revalidate it by tag. It also expires at the earliest end of any published event still ahead
// (shown or not): at that instant an event moves from the upcoming list into this one.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export const generateMetadata = () => eventListMetadata("past");

export default async function CachedEventArchivePage({ params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const raw = resolveListKey(key, eventListSchema((await getFacetData("event")).slugs), PATHS.past);
  const now = new Date();
  await expireRenderAt(nextEventEnd(await getEventCards(), now));
  return <EventListPage raw={raw} view="past" now={now} />;
}
