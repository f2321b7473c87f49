import type { RawSearchParams } from "@/lib/listing/params";
import { EventListPage, eventListMetadata } from "./_list/event-list-page";

// Rendered per request only when the query is too long to be a cache key; proxy.ts rewrites filter
// views to ./ansicht/[key] and text searches (q) to ./treffer/[key].
export const generateMetadata = () => eventListMetadata("upcoming");

export default async function EventsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <EventListPage raw={await searchParams} view="upcoming" />;
}
