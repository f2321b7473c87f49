import ical, { ICalCalendarMethod, escape } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { TIME_ZONE } from "@/lib/dates";

// iCalendar (RFC 5545) files of events, written by ical-generator. Unlike a programme deadline
// (an all-day date) an event has a start and end time in Berlin: DTSTART/DTEND carry
// TZID=Europe/Berlin and the file holds the matching VTIMEZONE (from timezones-ical-library, the
// generator ical-generator documents), so clients in any zone show the right hour across DST.
// The UID names the event's id, not its slug, so a rename or a moved date updates the entry.
// Times go to ical-generator as Luxon DateTimes in Berlin (one of its documented date types): a
// plain Date would be written in the server's own zone. The calendar's zone has no name, so
// DTSTAMP and LAST-MODIFIED stay UTC as RFC 5545 demands; the generator still writes the VTIMEZONE
// of every zone the events name.

export interface CalendarEvent {
  /** the event's database id: stable across renames */
  id: string;
  title: string;
  summary: string;
  startsAt: string;
  endsAt: string;
  /** "Name, Straße, PLZ Ort" or the online link */
  location: string | null;
  /** ISO instant of the last change: DTSTAMP and LAST-MODIFIED */
  updatedAt: string;
  /** absolute URL of the event's page */
  url: string;
}

export interface EventCalendarFile {
  name: string;
  description: string;
  /** absolute URL of the page the calendar belongs to */
  url: string;
  /** host name for the UIDs (the portal's public host) */
  uidDomain: string;
  events: readonly CalendarEvent[];
}

export function eventUid(eventId: string, domain: string): string {
  return `event-${eventId}@${domain}`;
}

export function buildEventCalendar(file: EventCalendarFile): string {
  const calendar = ical({
    // ical-generator 10 writes the calendar's name and description as given (see lib/subscriptions/ics.ts).
    name: escape(file.name, false),
    description: escape(file.description, false),
    url: file.url,
    prodId: { company: file.uidDomain, product: "Veranstaltungen", language: "DE" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 6 * 3600,
    timezone: { name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null },
  });
  calendar.x("X-WR-TIMEZONE", TIME_ZONE);
  const berlin = (iso: string) => DateTime.fromISO(iso, { zone: TIME_ZONE });
  for (const event of file.events) {
    calendar.createEvent({
      id: eventUid(event.id, file.uidDomain),
      start: berlin(event.startsAt),
      end: berlin(event.endsAt),
      timezone: TIME_ZONE,
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
      summary: event.title,
      description: event.summary,
      location: event.location,
      url: event.url,
    });
  }
  return calendar.toString();
}
