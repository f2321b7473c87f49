import { TIME_ZONE } from "@/lib/dates";
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from "@/lib/i18n/config";

// An event's date and time in Berlin time, whatever the server's zone: "Di., 15. Dezember 2026"
// and "14:00", in the page's language. The sentence around them ("…, 14:00–16:00 Uhr") is a
// catalogue message (events.when).
const formats = new Map<Locale, { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat }>();

function formatsOf(locale: Locale) {
  let f = formats.get(locale);
  if (!f) {
    const tag = INTL_LOCALE[locale];
    f = {
      day: new Intl.DateTimeFormat(tag, { weekday: "short", day: "numeric", month: "long", year: "numeric", timeZone: TIME_ZONE }),
      time: new Intl.DateTimeFormat(tag, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TIME_ZONE }),
    };
    formats.set(locale, f);
  }
  return f;
}

export type EventWhenParts =
  | { kind: "sameTime"; day: string; start: string }
  | { kind: "sameDay"; day: string; start: string; end: string }
  | { kind: "span"; startDay: string; start: string; endDay: string; end: string };

/** The parts of "Di., 15. Dezember 2026, 14:00–16:00 Uhr" (or a span over several days). */
export function eventWhenParts(startsAt: string, endsAt: string, locale: Locale = DEFAULT_LOCALE): EventWhenParts {
  const { day: dayFormat, time: timeFormat } = formatsOf(locale);
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const startDay = dayFormat.format(start);
  const endDay = dayFormat.format(end);
  if (startDay !== endDay) return { kind: "span", startDay, start: timeFormat.format(start), endDay, end: timeFormat.format(end) };
  if (start.getTime() === end.getTime()) return { kind: "sameTime", day: startDay, start: timeFormat.format(start) };
  return { kind: "sameDay", day: startDay, start: timeFormat.format(start), end: timeFormat.format(end) };
}
