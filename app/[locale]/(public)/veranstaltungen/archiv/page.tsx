import type { RawSearchParams } from "@/lib/listing/params";
import { EventListPage, eventListMetadata } from "../_list/event-list-page";

// Rendered per request only when the query is too long to be a cache key; proxy.ts rewrites filter
// views to ./ansicht/[key] and text searches (q) to ./treffer/[key].
export const generateMetadata = () => eventListMetadata("past");

export default async function EventArchivePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <EventListPage raw={await searchParams} view="past" />;
}
