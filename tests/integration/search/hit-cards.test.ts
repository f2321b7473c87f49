import { describe, expect, it } from "vitest";
import { hitCardKey, loadHitCards } from "@/lib/search/page/hit-cards";
import type { SearchHit } from "@/lib/search/types";

// Runs on the seeded demo data (the integration setup seeds the test database).
const hit = (type: SearchHit["type"], slug: string): SearchHit => ({
  type,
  slug,
  title: slug,
  summary: "",
  applicationStart: null,
  deadline: null,
  highlightedTitle: slug,
  highlightedSummary: "",
});

describe("loadHitCards", () => {
  it("reads the card of each shown hit by type and slug", async () => {
    const hits = [hit("programme", "isb-digiboost"), hit("provider", "saeubrenner-digital"), hit("advisor", "daniel-kraemer")];
    const cards = await loadHitCards(hits);
    expect(cards.get(hitCardKey(hits[0]!))).toMatchObject({ type: "programme", card: { level: "LAND", regionSlugs: ["rheinland-pfalz"] } });
    expect(cards.get(hitCardKey(hits[1]!))).toMatchObject({ type: "provider", card: { town: "Wittlich", regionName: "Landkreis Bernkastel-Wittlich" } });
    expect(cards.get(hitCardKey(hits[2]!))).toMatchObject({ type: "advisor", card: { organisationName: "Wirtschaftsförderung der Stadt Trier", regionSlugs: ["stadt-trier"] } });
    expect(cards.size).toBe(3);
  });

  it("has no card for a slug that is not published, and reads nothing for no hits", async () => {
    expect((await loadHitCards([hit("programme", "gibt-es-nicht")])).size).toBe(0);
    expect((await loadHitCards([])).size).toBe(0);
  });

  it("does not mix types that share a slug", async () => {
    const cards = await loadHitCards([hit("provider", "isb-digiboost")]);
    expect(cards.size).toBe(0);
  });
});
