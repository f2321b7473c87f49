import { describe, expect, it } from "vitest";
import { newsInput, newsUpdateInput, NEWS_FIELDS } from "@/lib/news/schema";

const base = { title: "Titel", kind: "MELDUNG", summary: "Kurz", body: "<p>Text</p>" };

describe("news input", () => {
  it("takes a minimal form: no date, no phase, no links", () => {
    const parsed = newsInput.parse(base);
    expect(parsed).toMatchObject({ newsDate: null, roadmapPhase: null, topics: [], programmes: [], initiatives: [], events: [] });
  });

  it("reads German and ISO dates, single or repeated link fields", () => {
    const parsed = newsInput.parse({ ...base, newsDate: "5.3.2026", roadmapPhase: "PILOTIERUNG", topics: "ki-innovation", programmes: ["a", "b"] });
    expect([parsed.newsDate, parsed.roadmapPhase, parsed.topics, parsed.programmes]).toEqual(["2026-03-05", "PILOTIERUNG", ["ki-innovation"], ["a", "b"]]);
    expect(newsInput.parse({ ...base, newsDate: "2026-03-05" }).newsDate).toBe("2026-03-05");
  });

  it("names each bad field with its message", () => {
    const result = newsInput.safeParse({ title: "", kind: "GERUECHT", summary: "", body: "", newsDate: "31.02.2026", roadmapPhase: "IRGENDWANN" });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toMatchObject({
      title: "validation.required",
      kind: "validation.invalidOption",
      summary: "validation.required",
      body: "validation.required",
      newsDate: "validation.date",
      roadmapPhase: "validation.invalidOption",
    });
  });

  it("refuses a slug the list's cached views use", () => {
    const result = newsInput.safeParse({ ...base, slug: "ansicht" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["slug", "newsEditor.validation.reservedSlug"]]);
  });

  it("needs the version to save, and lists the fields in form order", () => {
    expect(newsUpdateInput.safeParse(base).success).toBe(false);
    expect(newsUpdateInput.parse({ ...base, version: "3" }).version).toBe(3);
    expect(NEWS_FIELDS).toEqual(["title", "slug", "kind", "summary", "body", "titleFr", "titleEn", "summaryFr", "summaryEn", "bodyFr", "bodyEn", "newsDate", "topics", "roadmapPhase", "programmes", "initiatives", "events"]);
  });
});
