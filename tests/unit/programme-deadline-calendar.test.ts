import { describe, expect, it } from "vitest";
import { CALENDAR_MONTHS_AHEAD, calendarMonths, groupByMonth, monthWeeks, shiftMonth, upcomingDeadlines, type DeadlineRow } from "@/lib/programme/deadline-calendar";
import { deadlineListSchema, parseDeadlineView } from "@/lib/programme/deadline-view";

const row = (slug: string, deadline: string | null, title = slug): DeadlineRow => ({ slug, title, deadline, status: "open", daysLeft: null });

describe("upcomingDeadlines", () => {
  const rows = [row("b", "2027-03-28"), row("gestern", "2027-03-27"), row("ohne", null), row("a", "2027-03-28"), row("spaeter", "2027-05-02")];

  it("keeps today's and later deadlines, nearest first, then by title", () => {
    // 2027-03-27 22:30 UTC is 23:30 in Berlin (CET): the 27th is still today.
    expect(upcomingDeadlines(rows, new Date("2027-03-27T22:30:00Z")).map((r) => r.slug)).toEqual(["gestern", "a", "b", "spaeter"]);
  });

  it("drops a deadline the moment its Berlin day is over, even across the DST change", () => {
    // 23:30 UTC on the 27th is 00:30 on the 28th in Berlin, the night clocks go forward.
    expect(upcomingDeadlines(rows, new Date("2027-03-27T23:30:00Z")).map((r) => r.slug)).toEqual(["a", "b", "spaeter"]);
    // 2026-10-25 is 25 hours long in Berlin; at 22:59 UTC it is 23:59 CET, still the 25th.
    expect(upcomingDeadlines([row("x", "2026-10-25")], new Date("2026-10-25T22:59:00Z"))).toHaveLength(1);
    expect(upcomingDeadlines([row("x", "2026-10-25")], new Date("2026-10-25T23:00:00Z"))).toHaveLength(0);
  });
});

describe("groupByMonth", () => {
  it("groups consecutive rows by month", () => {
    const groups = groupByMonth([
      { deadline: "2027-01-05" },
      { deadline: "2027-01-31" },
      { deadline: "2027-02-01" },
    ]);
    expect(groups.map((g) => [g.month, g.rows.length])).toEqual([
      ["2027-01", 2],
      ["2027-02", 1],
    ]);
  });
});

describe("month grid", () => {
  it("starts weeks on Monday and pads with empty days", () => {
    // February 2027 begins on a Monday and has 28 days: four full weeks.
    expect(monthWeeks("2027-02")).toHaveLength(4);
    expect(monthWeeks("2027-02")[0]![0]).toBe("2027-02-01");
    // March 2027 begins on a Monday too; 31 days → five weeks, the last padded.
    const march = monthWeeks("2027-03");
    expect(march.at(-1)).toEqual(["2027-03-29", "2027-03-30", "2027-03-31", null, null, null, null]);
    // December 2026 begins on a Tuesday.
    expect(monthWeeks("2026-12")[0]!.slice(0, 2)).toEqual([null, "2026-12-01"]);
    expect(monthWeeks("2028-02").flat().filter(Boolean)).toHaveLength(29);
  });

  it("shifts months across years and offers this Berlin month and the next ones", () => {
    expect(shiftMonth("2027-01", -1)).toBe("2026-12");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    const months = calendarMonths(new Date("2026-12-31T23:30:00Z")); // already January in Berlin
    expect(months[0]).toBe("2027-01");
    expect(months).toHaveLength(CALENDAR_MONTHS_AHEAD + 1);
  });
});

describe("/fristen parameters", () => {
  const now = new Date("2026-12-06T10:00:00Z");

  it("reads the view and an offered month; anything else falls back", () => {
    expect(parseDeadlineView({ darstellung: "kalender", monat: "2027-02" }, now)).toEqual({ calendar: true, month: "2027-02" });
    expect(parseDeadlineView({ darstellung: "tabelle", monat: "1999-01" }, now)).toEqual({ calendar: false, month: "2026-12" });
    expect(parseDeadlineView({ monat: ["2027-13", "2027-03"] }, now).month).toBe("2027-03");
  });

  it("accepts exactly the programme list's filters plus view and month in its cache keys", () => {
    const schema = deadlineListSchema({ topics: ["ki"], kreise: ["trier"] }, now);
    expect(Object.keys(schema.facets).sort()).toEqual(["darstellung", "ebene", "foerderart", "gebiet", "monat", "status", "thema", "zielgruppe"]);
    expect(schema.sorts).toEqual([]);
  });
});
