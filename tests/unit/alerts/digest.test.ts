import { describe, expect, it } from "vitest";
import { alertNews, berlinDateColumn, deadlineKey, hasNews, type SelectedProgramme } from "@/lib/alerts/digest";
import { describeAlertQuery } from "@/lib/alerts/label";
import { addDays, berlinDay } from "@/lib/dates";

const now = new Date("2026-12-06T05:00:00Z"); // 06:00 in Berlin
const today = berlinDay(now);

function programme(id: string, over: Partial<SelectedProgramme> = {}): SelectedProgramme {
  return {
    id,
    slug: id,
    title: `Programm ${id}`,
    summary: "",
    level: "LAND",
    fundingTypes: ["ZUSCHUSS"],
    targetGroups: ["KMU"],
    topicSlugs: [],
    regionSlugs: [],
    fundingBodyName: "Land",
    amountText: null,
    amountMin: null,
    amountMax: null,
    maxEmployees: null,
    applyBeforeProjectStart: null,
    publishedAt: "2026-01-01T00:00:00.000Z",
    applicationStart: null,
    deadline: null,
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...over,
  };
}

const marks = (sentUntil: string, announcedDeadlines: string[] = []) => ({ sentUntil: new Date(sentUntil), announcedDeadlines });

describe("alertNews: what one alert tells on a day", () => {
  it("lists programmes published or changed after the mark, newest first, and nothing older", () => {
    const news = alertNews(
      [programme("alt"), programme("neu", { updatedAt: "2026-12-05T10:00:00.000Z" }), programme("neuer", { updatedAt: "2026-12-05T12:00:00.000Z" })],
      marks("2026-12-05T06:00:00Z"),
      now,
    );
    expect(news.changed.map((p) => p.id)).toEqual(["neuer", "neu"]);
    expect(news.deadlines).toEqual([]);
    expect(news.marks.sentUntil).toEqual(now);
    expect(hasNews(news)).toBe(true);
  });

  it("has no news when nothing changed and no deadline is near", () => {
    const news = alertNews([programme("alt"), programme("fern", { deadline: addDays(today, 30) })], marks("2026-12-05T06:00:00Z"), now);
    expect(hasNews(news)).toBe(false);
  });

  it("announces an open deadline within 14 Berlin days once, not a closed, far or upcoming one", () => {
    const near = programme("nah", { deadline: addDays(today, 14) });
    const programmes = [
      near,
      programme("heute", { deadline: today }),
      programme("zu-weit", { deadline: addDays(today, 15) }),
      programme("vorbei", { deadline: addDays(today, -1) }),
      programme("noch-nicht", { applicationStart: addDays(today, 3), deadline: addDays(today, 10) }),
    ];
    const first = alertNews(programmes, marks("2026-12-05T06:00:00Z"), now);
    expect(first.deadlines.map((p) => p.id)).toEqual(["heute", "nah"]);
    // The next day only the deadline that has come within 14 days is new.
    const second = alertNews(programmes, first.marks, new Date(now.getTime() + 86_400_000));
    expect(second.deadlines.map((p) => p.id)).toEqual(["zu-weit"]);
    // A moved deadline is news again.
    const moved = alertNews([{ ...near, deadline: addDays(today, 10) }], first.marks, now);
    expect(moved.deadlines.map((p) => p.id)).toEqual(["nah"]);
  });

  it("lists a changed programme with a near deadline once, as changed, and counts its deadline as announced", () => {
    const both = programme("beides", { updatedAt: "2026-12-05T10:00:00.000Z", deadline: addDays(today, 3) });
    const news = alertNews([both], marks("2026-12-05T06:00:00Z"), now);
    expect([news.changed.map((p) => p.id), news.deadlines]).toEqual([["beides"], []]);
    expect(news.marks.announcedDeadlines).toEqual([deadlineKey(both)]);
  });

  it("drops marks of passed deadlines", () => {
    const news = alertNews([], marks("2026-12-05T06:00:00Z", [`x@${addDays(today, -1)}`, `y@${today}`]), now);
    expect(news.marks.announcedDeadlines).toEqual([`y@${today}`]);
  });

  it("ignores changes after the run's instant (they belong to the next mail)", () => {
    const news = alertNews([programme("spaeter", { updatedAt: "2026-12-06T05:00:01.000Z" })], marks("2026-12-05T06:00:00Z"), now);
    expect(news.changed).toEqual([]);
  });
});

describe("berlinDateColumn: the day a digest claims", () => {
  it("is the Berlin calendar day, also just after midnight in winter and summer", () => {
    expect(berlinDateColumn(new Date("2026-12-05T23:30:00Z")).toISOString()).toBe("2026-12-06T00:00:00.000Z");
    expect(berlinDateColumn(new Date("2026-07-05T22:30:00Z")).toISOString()).toBe("2026-07-06T00:00:00.000Z");
    expect(berlinDateColumn(new Date("2026-07-05T21:30:00Z")).toISOString()).toBe("2026-07-05T00:00:00.000Z");
  });
});

describe("describeAlertQuery: an alert's filters in German", () => {
  const names = { topics: [{ slug: "digitalisierung", name: "Digitalisierung" }], kreise: [{ slug: "stadt-trier", name: "Stadt Trier" }] };

  it("names every filter in the list's facet order, then the words", () => {
    expect(describeAlertQuery("?ebene=eu&foerderart=darlehen&foerderart=zuschuss&gebiet=stadt-trier&q=KI&thema=digitalisierung", names)).toBe(
      "Förderart: Zuschuss, Darlehen · Themenfeld: Digitalisierung · Gebiet: Stadt Trier · Fördergeber-Ebene: Europäische Union · Suchbegriff: „KI“",
    );
  });

  it("lists a facet's values in the list's order, not in the stored query's slug order", () => {
    expect(describeAlertQuery("?status=demnaechst&status=offen", names)).toBe("Status: Jetzt beantragbar, Demnächst beantragbar");
  });

  it("says 'all programmes' for an empty query", () => {
    expect(describeAlertQuery("", names)).toBe("Alle Förderprogramme");
  });
});
