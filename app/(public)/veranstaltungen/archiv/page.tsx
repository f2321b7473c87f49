import type { RawSearchParams } from "@/lib/listing/params";
import { EventListPage, eventListMetadata } from "../_list/event-list-page";

// Rendered per request only for text searches (q); filter-only URLs go to ./ansicht/[key] (proxy.ts).
export const generateMetadata = () => eventListMetadata("past");

export default async function EventArchivePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  return <EventListPage raw={await searchParams} view="past" />;
}
