import { TIME_ZONE } from "@/lib/dates";

// An event's date and time in Berlin time, whatever the server's zone: "Di., 15. Dezember 2026"
// and "14:00". The sentence around them ("…, 14:00–16:00 Uhr") is a catalogue message (events.when).
const dayFormat = new Intl.DateTimeFormat("de-DE", { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE });

export type EventWhenParts =
  | { kind: "sameTime"; day: string; start: string }
  | { kind: "sameDay"; day: string; start: string; end: string }
  | { kind: "span"; startDay: string; start: string; endDay: string; end: string };

/** The parts of "Di., 15. Dezember 2026, 14:00–16:00 Uhr" (or a span over several days). */
export function eventWhenParts(startsAt: string, endsAt: string): EventWhenParts {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const startDay = dayFormat.format(start);
  const endDay = dayFormat.format(end);
  if (startDay !== endDay) return { kind: "span", startDay, start: timeFormat.format(start), endDay, end: timeFormat.format(end) };
  if (start.getTime() === end.getTime()) return { kind: "sameTime", day: startDay, start: timeFormat.format(start) };
  return { kind: "sameDay", day: startDay, start: timeFormat.format(start), end: timeFormat.format(end) };
}
