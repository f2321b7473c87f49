import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { berlinDay } from "@/lib/dates";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import { placeOf, RELEVANCE_CASES, RELEVANCE_TOP, relevanceQuery } from "./relevance-cases";

// The relevance set against the seeded demo data (the integration setup seeds and reindexes the
// test database); bench/search-relevance.ts prints the same set's hit rate.

const engine = createPostgresEngine(db);
const today = berlinDay();
const slugsOf = async (text: string, pageSize = 20) =>
  (await engine.search({ ...relevanceQuery(text, today), pageSize })).hits.map((hit) => `${hit.type}:${hit.slug}`);

describe("search relevance on the demo data", () => {
  it("has at least 40 cases covering every kind", () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(RELEVANCE_CASES.map((c) => c.kind));
    for (const kind of ["typo", "umlaut", "compound", "acronym", "synonym", "order", "partial", "rarity"]) expect(kinds).toContain(kind);
  });

  it.each(RELEVANCE_CASES)(`"$text" finds $expected in the top ${RELEVANCE_TOP}`, async (testCase) => {
    expect(await placeOf(engine, testCase, today)).not.toBeNull();
  });

  it("finds the same entries in the same order whatever the word order", async () => {
    for (const [a, b] of [
      ["Cloud Sicherheit", "Sicherheit Cloud"],
      ["Energie Beratung", "Beratung Energie"],
      ["Zuschuss Digitalisierung Pflege", "Pflege Digitalisierung Zuschuss"],
      ["Handwerk Robotik", "Robotik Handwerk"],
    ] as const) {
      expect(await slugsOf(b), `${a} / ${b}`).toEqual(await slugsOf(a));
    }
  });

  it("ranks a closed programme below an open one of similar relevance", async () => {
    const found = await slugsOf("Energieberatung");
    const open = found.indexOf("programme:energieberatung-kleine-unternehmen-eifelkreis");
    const closed = found.indexOf("programme:energieberatung-handwerk-trier-saarburg-2026");
    expect(open).toBeGreaterThanOrEqual(0);
    expect(closed).toBeGreaterThan(open);
  });

  it("shows entries matching most words when none matches all, below those that do", async () => {
    // No entry has "Videosprechstunde" and "Bitburg" and "Telemedizin": two of three still count.
    const partial = await slugsOf("Telemedizin Videosprechstunde Bitburg");
    expect(partial.length).toBeGreaterThan(0);
    // One entry has all three; it comes first, the rest follow.
    const full = await slugsOf("Telemedizin Videosprechstunden Bernkastel");
    expect(full[0]).toBe("programme:telemedizin-netzwerk-bernkastel-wittlich");
    expect(full.length).toBeGreaterThan(1);
  });
});
