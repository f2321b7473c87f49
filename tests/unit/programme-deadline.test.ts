import { describe, expect, it } from "vitest";
import { DETAIL_COUNTDOWN, deadlineDaysLeft, earliestCardChange, nextCardChange, nextDetailChange } from "@/lib/programme/deadline";
import { addDays } from "@/lib/dates";

// 23:30 Berlin on 2026-03-10 (CET): late in the day, so a UTC-based count would be off by one.
const now = new Date("2026-03-10T22:30:00Z");
const today = "2026-03-10";
const open = (deadline: string | null, applicationStart: string | null = null) => ({ deadline, applicationStart });

describe("deadlineDaysLeft", () => {
  it("counts down open programmes whose deadline is at most 14 Berlin days away", () => {
    expect(deadlineDaysLeft(open(today), now)).toBe(0);
    expect(deadlineDaysLeft(open(addDays(today, 1)), now)).toBe(1);
    expect(deadlineDaysLeft(open(addDays(today, 6)), now)).toBe(6);
    expect(deadlineDaysLeft(open(addDays(today, 14)), now)).toBe(14);
  });

  it("says nothing about deadlines further away", () => {
    expect(deadlineDaysLeft(open(addDays(today, 15)), now)).toBeNull();
  });

  it("says nothing for closed, rolling or not yet open programmes", () => {
    expect(deadlineDaysLeft(open(addDays(today, -1)), now)).toBeNull();
    expect(deadlineDaysLeft(open(null), now)).toBeNull();
    expect(deadlineDaysLeft(open(addDays(today, 6), addDays(today, 2)), now)).toBeNull();
  });

  it("counts across the change to summer time by calendar days", () => {
    const beforeDst = new Date("2026-03-27T12:00:00Z");
    expect(deadlineDaysLeft(open("2026-04-02"), beforeDst)).toBe(6);
  });
});

describe("nextCardChange", () => {
  const midnight = new Date("2026-03-10T23:00:00Z"); // 2026-03-11 00:00 in Berlin (CET)

  it("is the next Berlin midnight while a countdown is shown or appears tomorrow", () => {
    expect(nextCardChange(open(addDays(today, 6)), now)).toEqual(midnight);
    expect(nextCardChange(open(addDays(today, 15)), now)).toEqual(midnight);
    expect(nextCardChange(open(today), now)).toEqual(midnight);
  });

  it("is the status change otherwise", () => {
    expect(nextCardChange(open(addDays(today, 30)), now)).toEqual(new Date("2026-04-09T22:00:00Z"));
    expect(nextCardChange(open(null), now)).toBeNull();
    expect(earliestCardChange([open(null), open(addDays(today, 30)), open(addDays(today, 10))], now)).toEqual(midnight);
  });
});

describe("a programme's own page", () => {
  it("counts every open deadline down, not only near ones", () => {
    expect(deadlineDaysLeft(open(addDays(today, 45)), now, DETAIL_COUNTDOWN)).toBe(45);
    expect(deadlineDaysLeft(open(addDays(today, -1)), now, DETAIL_COUNTDOWN)).toBeNull();
    expect(deadlineDaysLeft(open(null), now, DETAIL_COUNTDOWN)).toBeNull();
  });

  it("expires at Berlin midnight while counting, or when a linked successor's status changes", () => {
    const midnight = new Date("2026-03-10T23:00:00Z");
    expect(nextDetailChange(open(addDays(today, 45)), [], now)).toEqual(midnight);
    // closed itself (nothing to count), but its successor opens in three days
    const successor = open(null, addDays(today, 3));
    expect(nextDetailChange(open(addDays(today, -5)), [successor], now)).toEqual(new Date("2026-03-12T23:00:00Z"));
    expect(nextDetailChange(open(addDays(today, -5)), [open(null)], now)).toBeNull();
  });
});
