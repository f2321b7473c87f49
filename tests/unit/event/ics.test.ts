import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { buildEventCalendar, eventUid, type CalendarEvent, type EventCalendarFile } from "@/lib/event/ics";

const event = (over: Partial<CalendarEvent> = {}): CalendarEvent => ({
  id: "ckev1",
  title: "KI-Sprechtag, IHK; Trier",
  summary: "Einzelgespräche zu KI",
  // 14:00–16:00 Berlin (CET, winter)
  startsAt: "2026-12-15T13:00:00.000Z",
  endsAt: "2026-12-15T15:00:00.000Z",
  location: "IHK Trier, Herzogenbuscher Straße 12, 54292 Trier",
  updatedAt: "2026-11-02T09:15:00.000Z",
  url: "https://portal.example/veranstaltungen/ki-sprechtag",
  ...over,
});

const file = (events: CalendarEvent[]): EventCalendarFile => ({
  name: "Veranstaltungen – Digitale Region Trier",
  description: "Veranstaltungen",
  url: "https://portal.example/veranstaltungen",
  uidDomain: "portal.example",
  events,
});

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  // ical.js resolves TZID only through registered zones: register the file's own VTIMEZONEs.
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("event calendar files", () => {
  it.each(["UTC", "America/New_York", "Asia/Tokyo", "Europe/Berlin"])("writes Berlin wall-clock times with TZID and VTIMEZONE (server zone %s)", (zone) => {
    process.env.TZ = zone;
    const text = buildEventCalendar(file([event()]));
    expect(text).toContain("DTSTART;TZID=Europe/Berlin:20261215T140000");
    expect(text).toContain("DTEND;TZID=Europe/Berlin:20261215T160000");
    const { calendar, events } = parse(text);
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Berlin");
    const [parsed] = events;
    expect(parsed!.startDate.toJSDate().toISOString()).toBe("2026-12-15T13:00:00.000Z");
    expect(parsed!.endDate.toJSDate().toISOString()).toBe("2026-12-15T15:00:00.000Z");
  });

  it("keeps the hour across daylight saving time (summer: UTC+2)", () => {
    const { events } = parse(buildEventCalendar(file([event({ startsAt: "2027-06-10T07:30:00.000Z", endsAt: "2027-06-10T09:00:00.000Z" })])));
    expect(events[0]!.startDate.toString()).toBe("2027-06-10T09:30:00");
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2027-06-10T07:30:00.000Z");
  });

  it("has a stable UID from the event id and the site host, escaped texts and a UTC stamp", () => {
    const text = buildEventCalendar(file([event()]));
    const { events, calendar } = parse(text);
    const [parsed] = events;
    expect(parsed!.uid).toBe(eventUid("ckev1", "portal.example"));
    expect(parsed!.uid).toBe("event-ckev1@portal.example");
    expect(parsed!.summary).toBe("KI-Sprechtag, IHK; Trier");
    expect(parsed!.location).toBe("IHK Trier, Herzogenbuscher Straße 12, 54292 Trier");
    expect(calendar.getFirstSubcomponent("vevent")!.getFirstPropertyValue("url")).toBe("https://portal.example/veranstaltungen/ki-sprechtag");
    expect(text).toContain("DTSTAMP:20261102T091500Z");
  });

  it("writes one event per entry and none for an empty selection", () => {
    expect(parse(buildEventCalendar(file([event(), event({ id: "ckev2" })]))).events).toHaveLength(2);
    expect(parse(buildEventCalendar(file([]))).events).toHaveLength(0);
  });
});
