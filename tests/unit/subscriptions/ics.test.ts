import ICAL from "ical.js";
import { afterEach, describe, expect, it } from "vitest";
import { buildDeadlineCalendar, deadlineUid, type CalendarDeadline, type CalendarFile } from "@/lib/subscriptions/ics";

const entry = (over: Partial<CalendarDeadline> = {}): CalendarDeadline => ({
  id: "cku1",
  title: "Digitalbonus",
  summary: "Zuschuss für Software",
  deadline: "2027-03-31",
  updatedAt: "2026-11-02T09:15:00.000Z",
  url: "https://portal.example/foerderprogramme/digitalbonus",
  ...over,
});

const file = (deadlines: CalendarDeadline[], over: Partial<CalendarFile> = {}): CalendarFile => ({
  name: "Fristen – Digitale Region Trier",
  description: "Antragsfristen",
  url: "https://portal.example/fristen",
  uidDomain: "portal.example",
  eventSummary: (title) => `Frist: ${title}`,
  eventDescription: (e) => `${e.summary}\n\nMehr: ${e.url}`,
  deadlines,
  ...over,
});

function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}

describe("buildDeadlineCalendar", () => {
  it("writes one all-day event per deadline that a real parser reads back", () => {
    const text = buildDeadlineCalendar(file([entry(), entry({ id: "cku2", title: "Go-Digital", deadline: "2027-04-01" })]));
    const { calendar, events: list } = events(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Fristen – Digitale Region Trier");
    expect(list).toHaveLength(2);
    const [first] = list;
    expect(first!.uid).toBe("programme-cku1-deadline@portal.example");
    expect(first!.summary).toBe("Frist: Digitalbonus");
    expect(first!.startDate.isDate).toBe(true);
    expect(first!.startDate.toString()).toBe("2027-03-31");
    expect(first!.endDate.toString()).toBe("2027-04-01");
    expect(first!.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-02T09:15:00Z");
    expect(first!.component.getFirstPropertyValue("url")).toBe("https://portal.example/foerderprogramme/digitalbonus");
    expect(text).toContain("DTSTART;VALUE=DATE:20270331");
  });

  it("escapes commas, semicolons, backslashes and newlines in texts and the calendar name", () => {
    const title = "Beratung, Umsetzung; Betrieb \\ alles";
    const text = buildDeadlineCalendar(file([entry({ title, summary: "Zeile eins\nZeile zwei" })], { name: "Fristen, Auswahl; Trier", description: "a\nb" }));
    expect(text).toContain("SUMMARY:Frist: Beratung\\, Umsetzung\\; Betrieb \\\\ alles");
    const { calendar, events: list } = events(text);
    // NAME (RFC 7986) and X-WR-* are unknown to ical.js (it keeps them as written): checked as text.
    expect(calendar.getFirstPropertyValue("name")).toBe("Fristen\\, Auswahl\\; Trier");
    expect(text).toContain("X-WR-CALNAME:Fristen\\, Auswahl\\; Trier\r\n");
    expect(text).toContain("X-WR-CALDESC:a\\nb\r\n");
    expect(list[0]!.summary).toBe(`Frist: ${title}`);
    expect(list[0]!.description).toBe("Zeile eins\nZeile zwei\n\nMehr: https://portal.example/foerderprogramme/digitalbonus");
  });

  it("folds lines at 75 octets without splitting a UTF-8 character", () => {
    const title = "Förderprogramm für Digitalisierung überörtlicher Wirtschaftsförderungsgesellschaften ".repeat(4).trim();
    const text = buildDeadlineCalendar(file([entry({ title })]));
    const lines = text.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(text).not.toContain("\uFFFD");
    expect(events(text).events[0]!.summary).toBe(`Frist: ${title}`);
  });

  describe("all-day dates do not depend on the server's time zone", () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    // 2027-03-28: clocks go forward in Berlin; 2026-10-25: back; 12-31: year change.
    for (const zone of ["UTC", "Europe/Berlin", "America/Los_Angeles", "Pacific/Kiritimati"]) {
      it(`in ${zone}`, () => {
        process.env.TZ = zone;
        const text = buildDeadlineCalendar(
          file([entry({ id: "a", deadline: "2027-03-28" }), entry({ id: "b", deadline: "2026-10-25" }), entry({ id: "c", deadline: "2026-12-31" })]),
        );
        expect(text).toContain("DTSTART;VALUE=DATE:20270328\r\nDTEND;VALUE=DATE:20270329");
        expect(text).toContain("DTSTART;VALUE=DATE:20261025\r\nDTEND;VALUE=DATE:20261026");
        expect(text).toContain("DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101");
      });
    }
  });

  it("keeps the UID of a programme when its title, slug or deadline changes", () => {
    const before = events(buildDeadlineCalendar(file([entry()]))).events[0]!;
    const after = events(buildDeadlineCalendar(file([entry({ title: "Neu", deadline: "2027-05-01", url: "https://portal.example/foerderprogramme/neu" })]))).events[0]!;
    expect(after.uid).toBe(before.uid);
    expect(deadlineUid("x", "d.example")).toBe("programme-x-deadline@d.example");
  });

  it("is a valid calendar without events", () => {
    const { calendar, events: list } = events(buildDeadlineCalendar(file([])));
    expect(list).toHaveLength(0);
    expect(calendar.getFirstPropertyValue("prodid")).toContain("portal.example");
  });
});
