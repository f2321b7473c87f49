import { describe, expect, it } from "vitest";
import { deriveProgrammeStatus, nextStatusChange, type ProgrammeDays } from "@/lib/programme/status";

// Programme dates are Berlin calendar days (YYYY-MM-DD), as carried by the DTOs.
const dates = (applicationStart: string | null, deadline: string | null): ProgrammeDays => ({
  applicationStart,
  deadline,
});
// Noon in Berlin on 2026-03-31 (CEST).
const NOW = new Date("2026-03-31T10:00:00Z");

describe("deriveProgrammeStatus", () => {
  it("is open when the deadline is today", () => {
    expect(deriveProgrammeStatus(dates(null, "2026-03-31"), NOW)).toBe("open");
  });

  it("is closed when the deadline was yesterday", () => {
    expect(deriveProgrammeStatus(dates(null, "2026-03-30"), NOW)).toBe("closed");
  });

  it("is open when the deadline lies ahead", () => {
    expect(deriveProgrammeStatus(dates("2026-01-01", "2026-12-31"), NOW)).toBe("open");
  });

  it("is rolling without a deadline", () => {
    expect(deriveProgrammeStatus(dates(null, null), NOW)).toBe("rolling");
    expect(deriveProgrammeStatus(dates("2026-03-01", null), NOW)).toBe("rolling");
  });

  it("is upcoming when the application start lies in the future", () => {
    expect(deriveProgrammeStatus(dates("2026-04-01", "2026-06-30"), NOW)).toBe("upcoming");
    expect(deriveProgrammeStatus(dates("2026-04-01", null), NOW)).toBe("upcoming");
  });

  it("is open (not upcoming) on the application start day itself", () => {
    expect(deriveProgrammeStatus(dates("2026-03-31", "2026-06-30"), NOW)).toBe("open");
  });

  it("stays open through 23:59:59 Berlin time on the deadline day and closes at 00:00:00", () => {
    const programme = dates(null, "2026-03-31");
    expect(deriveProgrammeStatus(programme, new Date("2026-03-31T21:59:59Z"))).toBe("open");
    expect(deriveProgrammeStatus(programme, new Date("2026-03-31T21:59:59.999Z"))).toBe("open");
    expect(deriveProgrammeStatus(programme, new Date("2026-03-31T22:00:00Z"))).toBe("closed");
  });

  it("uses Berlin midnight, not UTC midnight, in winter", () => {
    const programme = dates(null, "2026-01-15");
    expect(deriveProgrammeStatus(programme, new Date("2026-01-15T22:59:59Z"))).toBe("open");
    expect(deriveProgrammeStatus(programme, new Date("2026-01-15T23:00:00Z"))).toBe("closed");
  });

  it("closes at the right instant around the DST switches", () => {
    // Deadline on the spring-forward day: that day ends at 22:00 UTC (CEST).
    const spring = dates(null, "2026-03-29");
    expect(deriveProgrammeStatus(spring, new Date("2026-03-29T21:59:59Z"))).toBe("open");
    expect(deriveProgrammeStatus(spring, new Date("2026-03-29T22:00:00Z"))).toBe("closed");
    // Deadline on the fall-back day: that day ends at 23:00 UTC (CET).
    const autumn = dates(null, "2026-10-25");
    expect(deriveProgrammeStatus(autumn, new Date("2026-10-25T22:59:59Z"))).toBe("open");
    expect(deriveProgrammeStatus(autumn, new Date("2026-10-25T23:00:00Z"))).toBe("closed");
  });

  it("opens an upcoming programme at Berlin midnight of its start day", () => {
    const programme = dates("2026-10-25", null);
    expect(deriveProgrammeStatus(programme, new Date("2026-10-24T21:59:59Z"))).toBe("upcoming");
    expect(deriveProgrammeStatus(programme, new Date("2026-10-24T22:00:00Z"))).toBe("rolling");
  });
});

describe("nextStatusChange", () => {
  it("is the start of the day after the deadline, Berlin time", () => {
    expect(nextStatusChange(dates(null, "2026-03-31"), NOW)?.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(nextStatusChange(dates(null, "2026-01-15"), new Date("2026-01-10T12:00:00Z"))?.toISOString()).toBe(
      "2026-01-15T23:00:00.000Z",
    );
  });

  it("handles deadlines next to the DST switches", () => {
    const at = new Date("2026-03-01T12:00:00Z");
    expect(nextStatusChange(dates(null, "2026-03-28"), at)?.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(nextStatusChange(dates(null, "2026-03-29"), at)?.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(nextStatusChange(dates(null, "2026-10-24"), at)?.toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(nextStatusChange(dates(null, "2026-10-25"), at)?.toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("is the start of the application start day for an upcoming programme", () => {
    expect(nextStatusChange(dates("2026-04-15", "2026-06-30"), NOW)?.toISOString()).toBe("2026-04-14T22:00:00.000Z");
  });

  it("is the deadline boundary once the programme has started", () => {
    expect(nextStatusChange(dates("2026-03-31", "2026-06-30"), NOW)?.toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("is still the deadline boundary at 23:59:59 on the deadline day", () => {
    const programme = dates(null, "2026-03-31");
    expect(nextStatusChange(programme, new Date("2026-03-31T21:59:59Z"))?.toISOString()).toBe(
      "2026-03-31T22:00:00.000Z",
    );
  });

  it("agrees with deriveProgrammeStatus: the status differs just before and at the change", () => {
    const programme = dates("2026-03-29", "2026-10-25");
    let now = new Date("2026-03-01T12:00:00Z");
    const seen = [deriveProgrammeStatus(programme, now)];
    for (let change = nextStatusChange(programme, now); change; change = nextStatusChange(programme, now)) {
      expect(deriveProgrammeStatus(programme, new Date(change.getTime() - 1))).toBe(seen.at(-1));
      now = change;
      seen.push(deriveProgrammeStatus(programme, now));
    }
    expect(seen).toEqual(["upcoming", "open", "closed"]);
  });

  it("is null when nothing will change", () => {
    expect(nextStatusChange(dates(null, null), NOW)).toBeNull();
    expect(nextStatusChange(dates("2026-01-01", null), NOW)).toBeNull();
    expect(nextStatusChange(dates(null, "2026-03-30"), NOW)).toBeNull();
  });
});
