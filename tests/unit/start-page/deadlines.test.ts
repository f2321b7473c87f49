import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import { START_PAGE_DEADLINES, nearestDeadlines, startPageExpiry } from "@/lib/start-page/deadlines";

// 23:30 Berlin on 2026-03-10 (CET): late in the day, so a UTC-based day would be off by one.
const now = new Date("2026-03-10T22:30:00Z");
const today = "2026-03-10";
const midnight = new Date("2026-03-10T23:00:00Z"); // 2026-03-11 00:00 in Berlin

function card(slug: string, deadline: string | null, applicationStart: string | null = null, title = slug): ProgrammeCardDTO {
  return {
    slug,
    title,
    summary: "",
    level: "LAND",
    fundingTypes: ["ZUSCHUSS"],
    targetGroups: ["KMU"],
    topicSlugs: [],
    regionSlugs: [],
    fundingBodyName: `Geber ${slug}`,
    amountText: null,
    amountMin: null,
    amountMax: null,
    maxEmployees: null,
    applyBeforeProjectStart: null,
    publishedAt: "2026-01-01T00:00:00.000Z",
    applicationStart,
    deadline,
  };
}

describe("nearestDeadlines", () => {
  const cards = [
    card("in-30", addDays(today, 30)),
    card("rolling", null),
    card("closed-yesterday", addDays(today, -1)),
    card("upcoming", addDays(today, 3), addDays(today, 1)),
    card("today", today),
    card("in-6-b", addDays(today, 6), null, "Bravo"),
    card("in-6-a", addDays(today, 6), null, "Alpha"),
    card("in-200", addDays(today, 200)),
  ];

  it("lists only open programmes, nearest deadline first, the same day by title", () => {
    expect(nearestDeadlines(cards, now).map((p) => p.slug)).toEqual(["today", "in-6-a", "in-6-b", "in-30", "in-200"]);
  });

  it("keeps to the limit (five by default)", () => {
    const many = Array.from({ length: 9 }, (_, i) => card(`p${i}`, addDays(today, 20 - i)));
    expect(nearestDeadlines(many, now)).toHaveLength(START_PAGE_DEADLINES);
    expect(nearestDeadlines(many, now).map((p) => p.slug)).toEqual(["p8", "p7", "p6", "p5", "p4"]);
    expect(nearestDeadlines(cards, now, 2).map((p) => p.slug)).toEqual(["today", "in-6-a"]);
    expect(nearestDeadlines(cards, now, 0)).toEqual([]);
  });

  it("gives a page its dates and names, not a status (derived when rendered)", () => {
    expect(nearestDeadlines([card("x", addDays(today, 5))], now)).toEqual([
      { slug: "x", title: "x", fundingBodyName: "Geber x", applicationStart: null, deadline: addDays(today, 5) },
    ]);
  });
});

describe("startPageExpiry", () => {
  it("is the next Berlin midnight while a shown deadline is counted down", () => {
    const cards = [card("soon", addDays(today, 6)), card("far", addDays(today, 100))];
    expect(startPageExpiry(cards, nearestDeadlines(cards, now), now)).toEqual(midnight);
  });

  it("is the next status change of any programme otherwise, shown or not", () => {
    // Nothing counted down; an upcoming programme opens in 40 days, the open one closes after day 50.
    const cards = [card("far", addDays(today, 50)), card("later", null, addDays(today, 40))];
    expect(startPageExpiry(cards, nearestDeadlines(cards, now), now)).toEqual(new Date("2026-04-18T22:00:00Z"));
  });

  it("is null when nothing will change by itself", () => {
    expect(startPageExpiry([card("rolling", null)], [], now)).toBeNull();
  });
});
