import { describe, expect, it } from "vitest";
import { eventWhenParts } from "@/lib/event/format";
import { formatDay, formatEuro, formatLongDay, formatMonth } from "@/lib/format";

// Normalises the narrow and ordinary no-break spaces Intl puts into French numbers and dates.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatting per locale", () => {
  it("writes German by default", () => {
    expect(formatDay("2027-01-15")).toBe("15.01.2027");
    expect(plain(formatEuro(25000))).toBe("25.000 €");
    expect(formatMonth("2027-01")).toBe("Januar 2027");
  });

  it("writes French and English (day before month) on their pages", () => {
    expect(formatDay("2027-01-15", "fr")).toBe("15/01/2027");
    expect(formatDay("2027-01-15", "en")).toBe("15/01/2027");
    expect(plain(formatEuro(25000, "fr"))).toBe("25 000 €");
    expect(formatEuro(25000, "en")).toBe("€25,000");
    expect(formatLongDay("2027-01-15", "fr")).toBe("vendredi 15 janvier 2027");
    expect(formatLongDay("2027-01-15", "en")).toBe("Friday, 15 January 2027");
    expect(formatMonth("2027-01", "en")).toBe("January 2027");
  });

  it("gives an event's day in the page's language, in Berlin time", () => {
    const parts = eventWhenParts("2026-12-15T13:00:00Z", "2026-12-15T15:00:00Z", "fr");
    expect(parts).toEqual({ kind: "sameDay", day: "mar. 15 décembre 2026", start: "14:00", end: "16:00" });
  });
});
