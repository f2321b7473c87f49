import type { NextRequest } from "next/server";
import { getEventCards } from "@/lib/event/cached";
import { eventCalendar, eventCalendarResponse } from "@/lib/event/calendar";
import { EVENTS_ICS_PATH, eventFilterQuery } from "@/lib/event/calendar-links";
import { filterEvents, parseEventListQuery } from "@/lib/event/listing";
import { getFacetData } from "@/lib/listing/facet-data";
import { subscriptionLocale } from "@/lib/subscriptions/language";
import { rawParamsOf } from "@/lib/subscriptions/links";

// The events of any list selection as an iCalendar file (download or webcal: subscription):
// /veranstaltungen/kalender.ics?thema=ki-innovation&gebiet=… takes the list's filters; unknown
// parameters and values are ignored (rule 9). Past events of the selection stay in the file, so a
// subscribed calendar keeps them instead of losing the entry once it has taken place. `lang=fr|en`:
// in that language (lib/subscriptions/language.ts).
export async function GET(request: NextRequest) {
  const language = await subscriptionLocale(request.nextUrl.searchParams);
  if ("refusal" in language) return language.refusal;
  const raw = rawParamsOf(request.nextUrl.searchParams);
  const [cards, { slugs }] = await Promise.all([getEventCards(), getFacetData("event")]);
  const query = parseEventListQuery(raw, slugs);
  const { matches } = filterEvents(cards, query, slugs.kreise, "all", new Date());
  const body = await eventCalendar(`/veranstaltungen${eventFilterQuery(query.filters)}`, matches, undefined, language.locale);
  return eventCalendarResponse(body, EVENTS_ICS_PATH.split("/").pop()!);
}
