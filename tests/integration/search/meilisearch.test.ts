import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, berlinDay } from "@/lib/dates";
import { createMeilisearchEngine } from "@/lib/search/meilisearch/engine";
import type { SearchDocument, SearchQuery } from "@/lib/search/types";

// No Meilisearch server can be installed on the development machines (docs/search-meilisearch.md),
// so these tests run only where MEILISEARCH_HOST points at one. Without it they are reported as
// skipped, never as passed.
const host = process.env.MEILISEARCH_HOST;
const apiKey = process.env.MEILISEARCH_API_KEY;
const SKIPPED = "skipped: no Meilisearch server (set MEILISEARCH_HOST to run the Meilisearch contract tests)";

if (!host) {
  console.log(SKIPPED);
  it.skip(SKIPPED, () => {});
} else {
  const indexNames: string[] = [];
  const engineFor = (suffix: string) => {
    const indexName = `it_${process.pid}_${Date.now()}_${suffix}`;
    indexNames.push(indexName);
    return createMeilisearchEngine({ host, apiKey, indexName });
  };

  afterAll(async () => {
    const client = new Meilisearch({ host, apiKey });
    for (const uid of indexNames) await client.deleteIndex(uid).waitTask();
  });

  const { runSearchContract } = await import("./contract");
  runSearchContract("meilisearch", () => engineFor("contract"));

  describe("Meilisearch specifics", () => {
    const engine = engineFor("specifics");
    const today = berlinDay();
    const doc = (id: string, over: Partial<SearchDocument>): SearchDocument => ({
      id, type: "programme", entityId: id.split(":")[1]!, slug: id.replace(":", "-"), title: id, summary: "Kurz", body: "", keywords: [],
      facets: {}, applicationStart: null, deadline: null, publishedAt: "2026-01-01T00:00:00.000Z", ...over,
    });
    const base: SearchQuery = { text: "", types: [], filters: {}, statuses: [], sort: "relevance", page: 1, pageSize: 20, facets: [], today };
    const slugs = async (query: Partial<SearchQuery>) => (await engine.search({ ...base, ...query })).hits.map((hit) => hit.slug);

    beforeAll(async () => {
      await engine.clear();
      await engine.index([
        doc("programme:open", { title: "Digitalbonus Handwerk", deadline: addDays(today, 10), facets: { foerderart: ["zuschuss"] } }),
        doc("programme:today", { title: "Frist heute", deadline: today, facets: { foerderart: ["zuschuss"] } }),
        doc("programme:rolling", { title: "Laufend", facets: { foerderart: ["darlehen"] } }),
        doc("programme:upcoming", { title: "Bald", applicationStart: addDays(today, 5), deadline: addDays(today, 30) }),
        doc("programme:closed", { title: "Vorbei", deadline: addDays(today, -1) }),
        doc("advisor:evil", { type: "advisor", title: "<b>Beratung</b>", facets: { thema: ['x" OR type = "programme'] } }),
        doc("provider:p", { type: "provider", title: "Zebra IT" }),
      ]);
    });

    it("treats a hostile filter value as one value", async () => {
      expect(await slugs({ filters: { thema: ['x" OR type = "programme'] } })).toEqual(["advisor-evil"]);
      expect(await slugs({ filters: { thema: ['y" OR type = "programme'] } })).toEqual([]);
      expect(await slugs({ filters: { thema: ["\\", 'x\\" OR type = "programme'] } })).toEqual([]);
    });

    it("derives statuses from the day numbers relative to today", async () => {
      expect((await slugs({ statuses: ["offen"] })).sort()).toEqual(["programme-open", "programme-rolling", "programme-today"]);
      expect(await slugs({ statuses: ["demnaechst"] })).toEqual(["programme-upcoming"]);
      expect(await slugs({ statuses: ["geschlossen"] })).toEqual(["programme-closed"]);
    });

    it("orders by deadline like the programme list, then the other types by title", async () => {
      expect(await slugs({ sort: "deadline" })).toEqual([
        "programme-today", "programme-open", "programme-rolling", "programme-upcoming", "programme-closed", "advisor-evil", "provider-p",
      ]);
      expect(await slugs({ sort: "deadline", page: 2, pageSize: 3 })).toEqual(["programme-upcoming", "programme-closed", "advisor-evil"]);
    });

    it("counts a selected facet disjunctively and the types without the type restriction", async () => {
      const result = await engine.search({ ...base, types: ["programme"], filters: { foerderart: ["zuschuss"] }, facets: ["foerderart"] });
      expect(result.total).toBe(2);
      expect(result.facetCounts.foerderart).toEqual({ zuschuss: 2, darlehen: 1 });
      expect(result.countsByType).toEqual({ programme: 2, advisor: 0, provider: 0, event: 0, initiative: 0, news: 0 });
    });

    it("escapes the document's HTML and marks the match", async () => {
      const [hit] = (await engine.search({ ...base, text: "Beratung" })).hits;
      expect(hit?.highlightedTitle).toBe("&lt;b&gt;<mark>Beratung</mark>&lt;/b&gt;");
    });

    it("suggests by prefix and forgets removed documents", async () => {
      expect((await engine.suggest("Digitalb", 5)).map((s) => s.slug)).toContain("programme-open");
      await engine.remove(["programme:closed"]);
      expect(await slugs({ statuses: ["geschlossen"] })).toEqual([]);
    });
  });
}
