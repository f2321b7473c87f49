import ical, { ICalCalendarMethod, escape } from "ical-generator";
import { addDays } from "@/lib/dates";

// iCalendar (RFC 5545) files of programme deadlines, written by ical-generator (escaping of
// , ; \ and newlines, line folding at 75 octets). Each deadline is an all-day event on its Berlin
// calendar day (DTSTART;VALUE=DATE, DTEND the day after): a deadline is a date, not an instant, so
// it shows on that day in every time zone. The UID names the programme, not its slug or the
// file, so a calendar that subscribed to several filtered lists sees one event, and an edited
// deadline moves the event instead of adding one.

export interface CalendarDeadline {
  /** the programme's database id: stable across renames */
  id: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD, a Berlin calendar day */
  deadline: string;
  /** ISO instant of the last change: DTSTAMP and LAST-MODIFIED */
  updatedAt: string;
  /** absolute URL of the programme's page */
  url: string;
}

export interface CalendarFile {
  name: string;
  description: string;
  /** absolute URL of the page the calendar belongs to */
  url: string;
  /** host name for the UIDs (the portal's public host) */
  uidDomain: string;
  /** "Frist: {title}" and the like, already translated */
  eventSummary: (title: string) => string;
  eventDescription: (entry: CalendarDeadline) => string;
  deadlines: readonly CalendarDeadline[];
}

export function deadlineUid(programmeId: string, domain: string): string {
  return `programme-${programmeId}-deadline@${domain}`;
}

/** A date-only value ical-generator writes as that day (it formats all-day dates from UTC). */
function dayValue(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function buildDeadlineCalendar(file: CalendarFile): string {
  const calendar = ical({
    // ical-generator 10 writes the calendar's name and description (NAME, X-WR-CALNAME,
    // X-WR-CALDESC) as given, unlike event texts; its own escape() makes them valid TEXT values.
    name: escape(file.name, false),
    description: escape(file.description, false),
    url: file.url,
    prodId: { company: file.uidDomain, product: "Fristen", language: "DE" },
    method: ICalCalendarMethod.PUBLISH,
    // A hint for subscribing clients; the server's own cache is invalidated on every edit.
    ttl: 6 * 3600,
  });
  // Clients show X-WR-TIMEZONE as the calendar's zone; all events are floating dates anyway.
  calendar.x("X-WR-TIMEZONE", "Europe/Berlin");
  for (const entry of file.deadlines) {
    calendar.createEvent({
      id: deadlineUid(entry.id, file.uidDomain),
      allDay: true,
      start: dayValue(entry.deadline),
      end: dayValue(addDays(entry.deadline, 1)),
      stamp: new Date(entry.updatedAt),
      lastModified: new Date(entry.updatedAt),
      summary: file.eventSummary(entry.title),
      description: file.eventDescription(entry),
      url: entry.url,
    });
  }
  return calendar.toString();
}
