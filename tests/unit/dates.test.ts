import { describe, expect, it } from "vitest";
import { addDays, berlinDay, dateColumnDay, startOfBerlinDay } from "@/lib/dates";

describe("berlinDay", () => {
  it("uses Berlin time, not UTC (winter, UTC+1)", () => {
    expect(berlinDay(new Date("2026-01-15T22:59:59Z"))).toBe("2026-01-15");
    expect(berlinDay(new Date("2026-01-15T23:00:00Z"))).toBe("2026-01-16");
  });

  it("uses Berlin time, not UTC (summer, UTC+2)", () => {
    expect(berlinDay(new Date("2026-07-01T21:59:59Z"))).toBe("2026-07-01");
    expect(berlinDay(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });

  it("handles the spring-forward day 2026-03-29 (23 hours long)", () => {
    expect(berlinDay(new Date("2026-03-28T22:59:59Z"))).toBe("2026-03-28");
    expect(berlinDay(new Date("2026-03-28T23:00:00Z"))).toBe("2026-03-29");
    expect(berlinDay(new Date("2026-03-29T21:59:59Z"))).toBe("2026-03-29");
    expect(berlinDay(new Date("2026-03-29T22:00:00Z"))).toBe("2026-03-30");
  });

  it("handles the fall-back day 2026-10-25 (25 hours long)", () => {
    expect(berlinDay(new Date("2026-10-24T21:59:59Z"))).toBe("2026-10-24");
    expect(berlinDay(new Date("2026-10-24T22:00:00Z"))).toBe("2026-10-25");
    expect(berlinDay(new Date("2026-10-25T22:59:59Z"))).toBe("2026-10-25");
    expect(berlinDay(new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
  });
});

describe("startOfBerlinDay", () => {
  it.each([
    ["2026-01-15", "2026-01-14T23:00:00.000Z"], // CET
    ["2026-07-01", "2026-06-30T22:00:00.000Z"], // CEST
    ["2026-03-29", "2026-03-28T23:00:00.000Z"], // spring-forward day starts in CET
    ["2026-03-30", "2026-03-29T22:00:00.000Z"], // first full CEST day
    ["2026-10-25", "2026-10-24T22:00:00.000Z"], // fall-back day starts in CEST
    ["2026-10-26", "2026-10-25T23:00:00.000Z"], // first full CET day
    ["2026-01-01", "2025-12-31T23:00:00.000Z"], // year boundary
  ])("%s begins at %s", (day, instant) => {
    expect(startOfBerlinDay(day).toISOString()).toBe(instant);
  });

  it("makes the DST days 23 and 25 hours long", () => {
    const hours = (day: string) =>
      (startOfBerlinDay(addDays(day, 1)).getTime() - startOfBerlinDay(day).getTime()) / 3_600_000;
    expect(hours("2026-03-29")).toBe(23);
    expect(hours("2026-10-25")).toBe(25);
    expect(hours("2026-06-15")).toBe(24);
  });

  it("is the inverse of berlinDay", () => {
    for (const day of ["2026-03-29", "2026-10-25", "2028-02-29"]) {
      expect(berlinDay(startOfBerlinDay(day))).toBe(day);
      expect(berlinDay(new Date(startOfBerlinDay(day).getTime() - 1))).toBe(addDays(day, -1));
    }
  });
});

describe("addDays", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2026-03-31", 1)).toBe("2026-04-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("is not disturbed by DST (pure calendar arithmetic)", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2026-10-25", 1)).toBe("2026-10-26");
  });
});

describe("dateColumnDay", () => {
  it("reads a DATE column value (UTC midnight) as its calendar day", () => {
    expect(dateColumnDay(new Date("2026-03-31T00:00:00Z"))).toBe("2026-03-31");
  });
});
