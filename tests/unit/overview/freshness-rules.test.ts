import { describe, expect, it } from "vitest";
import { berlinDay } from "@/lib/dates";
import { daysBetween, editHref } from "@/lib/freshness/edit-href";
import { deadlineWindow, isStale, staleBefore, staleWhere } from "@/lib/freshness/rules";

describe("freshness rules", () => {
  it("calls an entry overdue when its Berlin verification day lies more than 90 days back", () => {
    // 26 November 2026, 00:30 in Berlin (still 25 November in UTC).
    const now = new Date("2026-11-25T23:30:00Z");
    const limit = staleBefore(now);
    // Verified on 28 August (90 days back) is still fine; anything earlier is overdue.
    expect(limit.toISOString()).toBe("2026-08-27T22:00:00.000Z"); // midnight in Berlin (summer time)
    expect(daysBetween(berlinDay(limit), berlinDay(now))).toBe(90);
    expect(daysBetween(berlinDay(new Date(limit.getTime() - 1)), berlinDay(now))).toBe(91);
  });

  it("takes the deadline window as Berlin calendar days, today included", () => {
    const window = deadlineWindow(new Date("2026-03-28T23:30:00Z")); // already 29 March in Berlin
    expect(window.today).toBe("2026-03-29");
    expect(window.from.toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(window.to.toISOString()).toBe("2026-04-28T00:00:00.000Z");
  });

  it("links each entity type to its edit page", () => {
    expect(editHref("programme", "abc")).toBe("/redaktion/foerderprogramme/abc");
    expect(editHref("advisor", "abc")).toBe("/redaktion/berater/abc");
    expect(editHref("provider", "abc")).toBe("/redaktion/dienstleister/abc");
    expect(editHref("organisation", "abc")).toBe("/redaktion/organisationen/abc");
    expect(editHref("import", "abc")).toBeNull();
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
  });
});

describe("never checked", () => {
  const now = new Date("2026-12-05T12:00:00Z");
  it("counts an entry never checked against its source (null) as overdue, in lists and in queries", () => {
    expect(isStale(null, now)).toBe(true);
    expect(isStale("2026-12-01T08:00:00.000Z", now)).toBe(false);
    expect(isStale(new Date("2026-08-01T08:00:00Z"), now)).toBe(true);
    expect(staleWhere(now)).toEqual({ AND: [{ OR: [{ lastVerifiedAt: null }, { lastVerifiedAt: { lt: staleBefore(now) } }] }] });
  });
});
