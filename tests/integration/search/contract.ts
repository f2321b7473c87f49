import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SearchEngine, SearchQuery, SearchResult } from "@/lib/search/types";
import { CONTRACT_DOCUMENTS, TODAY, baseQuery, day, slug } from "./fixtures";

// Behaviour every search engine must show, whatever it runs on. Each engine's test file calls
// runSearchContract with a factory for an engine whose index it may clear and fill.

export interface ContractOptions {
  /** Runs after the contract (e.g. rolls back the transaction the engine works in). */
  teardown?: () => Promise<void>;
}

const FACET_KEYS = ["foerderart", "zielgruppe", "thema", "gebiet", "ebene", "organisation", "beratungsform", "leistung", "branche", "groesse", "status"];

export function runSearchContract(name: string, createEngine: () => SearchEngine | Promise<SearchEngine>, options: ContractOptions = {}) {
  describe(`search contract: ${name}`, () => {
    let engine: SearchEngine;
    const search = (query: Partial<SearchQuery>): Promise<SearchResult> => engine.search({ ...baseQuery, ...query });
    const slugs = async (query: Partial<SearchQuery>) => (await search(query)).hits.map((hit) => hit.slug);

    beforeAll(async () => {
      engine = await createEngine();
      await engine.clear();
      await engine.index(CONTRACT_DOCUMENTS);
    });
    afterAll(async () => {
      await options.teardown?.();
    });

    it("browses everything without text, A–Z, with counts per type", async () => {
      const result = await search({});
      expect(result.total).toBe(CONTRACT_DOCUMENTS.length);
      expect(result.countsByType).toEqual({ programme: 8, advisor: 4, provider: 17, event: 0, initiative: 0, news: 0 });
      const titles = result.hits.map((hit) => hit.title.toLowerCase());
      expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "de")));
      expect(result.correctedText).toBeNull();
    });

    it("browses one type without text: its rows, and the counts of every type", async () => {
      const result = await search({ types: ["advisor"], facets: ["gebiet"] });
      expect(result.total).toBe(4);
      expect(result.hits.every((hit) => hit.type === "advisor")).toBe(true);
      expect(result.countsByType).toEqual({ programme: 8, advisor: 4, provider: 17, event: 0, initiative: 0, news: 0 });
      // Facet counts come from the selected type only.
      const perGebiet = Object.values(result.facetCounts.gebiet ?? {});
      expect(perGebiet.length).toBeGreaterThan(0);
      expect(Math.max(...perGebiet)).toBeLessThanOrEqual(4);
    });

    it("ranks a title match above a body match", async () => {
      const hits = await slugs({ text: "Glasfaser" });
      expect(hits[0]).toBe(slug("glasfaser-titel"));
      expect(hits).toContain(slug("laufend"));
    });

    it("finds words as typed so far (prefix of the last word)", async () => {
      expect(await slugs({ text: "Digitalisieru" })).toContain(slug("digitalisierung"));
      expect(await slugs({ text: "Moselw" })).toEqual([slug("website")]);
    });

    it("corrects typos when too little matches", async () => {
      const result = await search({ text: "Digitalisirung" });
      expect(result.hits.map((hit) => hit.slug)).toContain(slug("digitalisierung"));
      // Engines that correct silently report null; those that retry report the corrected text.
      if (result.correctedText !== null) expect(result.correctedText.toLowerCase()).toBe("digitalisierung");
    });

    it("treats umlauts, their transliterations and ß/ss alike", async () => {
      expect((await slugs({ text: "Foerderung Vereine" }))[0]).toBe(slug("vereine"));
      expect(await slugs({ text: "Kuenstliche Intelligenz" })).toContain(slug("intelligenz"));
      // One advisor writes "Straße", one provider "Strasse"; both spellings find both.
      for (const text of ["Strasse", "Straße"]) {
        const found = await search({ text });
        expect(found.hits.map((hit) => `${hit.type}:${hit.slug}`).sort()).toEqual(["advisor:ct-strasse", "provider:ct-strasse"]);
      }
    });

    it("expands synonyms", async () => {
      expect(await slugs({ text: "KI" })).toEqual(expect.arrayContaining([slug("intelligenz"), slug("ki")]));
      expect(await slugs({ text: "Webseite" })).toContain(slug("website"));
      expect(await slugs({ text: "Cybersicherheit" })).toContain(slug("sicherheit"));
    });

    it("finds entries matching every word (or one of its synonyms)", async () => {
      // Whether entries matching fewer words follow below is the engine's choice (PostgreSQL: when
      // the full matches are few, see postgres.test.ts; Meilisearch: never).
      expect(await slugs({ text: "Zuschuss Handwerk" })).toContain(slug("digitalisierung"));
    });

    it("finds version numbers as written (Industrie 4.0)", async () => {
      expect(await slugs({ text: "Industrie 4.0" })).toEqual([slug("laufend")]);
    });

    it("escapes HTML from documents and marks only the matches", async () => {
      const [hit] = (await search({ text: "surfen" })).hits;
      expect(hit?.slug).toBe(slug("html"));
      expect(hit!.highlightedTitle).toContain("<mark>surfen</mark>");
      expect(hit!.highlightedTitle).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co.");
      expect(hit!.highlightedTitle.replace(/<\/?mark>/g, "")).toBe("Sicher surfen &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co.");
      expect(hit!.highlightedSummary).not.toMatch(/<(?!\/?mark>)/);
      expect(hit!.highlightedSummary).toContain("&lt;b&gt;Backups&lt;/b&gt;");
      const plain = (await search({ types: ["programme"], filters: { foerderart: ["sonstige"] } })).hits[0]!;
      expect(plain.highlightedTitle).toBe("Sicher surfen &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co.");
    });

    it("filters: OR within a facet, AND across facets, unknown keys ignored", async () => {
      expect((await slugs({ filters: { leistung: ["it-sicherheit", "daten-ki"] } })).sort()).toEqual([slug("daten"), slug("sicherheit")]);
      expect(await slugs({ filters: { leistung: ["software"], gebiet: ["kreis-b"], groesse: ["medium"] } })).toEqual([slug("strasse")]);
      expect(await slugs({ filters: { foerderart: ["darlehen"], ebene: ["land"] } })).toEqual([]);
      expect((await search({ filters: { unbekannt: ["x"] } })).total).toBe(CONTRACT_DOCUMENTS.length);
    });

    it("counts facet values exactly as selecting them would filter (disjunctively)", async () => {
      const selections: Record<string, string[]>[] = [{}, { gebiet: ["kreis-a"] }, { foerderart: ["zuschuss"], zielgruppe: ["kmu"] }];
      for (const selection of selections) {
        const text = "";
        const result = await search({ text, filters: selection, facets: FACET_KEYS });
        for (const key of FACET_KEYS) {
          expect(result.facetCounts[key], key).toBeDefined();
          for (const [value, count] of Object.entries(result.facetCounts[key]!)) {
            const filters = { ...selection, [key]: [value] };
            const narrowed = key === "status" ? await search({ text, filters: selection, statuses: [value as "offen"] }) : await search({ text, filters });
            expect(narrowed.total, `${key}=${value} with ${JSON.stringify(selection)}`).toBe(count);
          }
        }
      }
    });

    it("counts per type ignore the type restriction but keep the others", async () => {
      const result = await search({ types: ["advisor"], filters: { gebiet: ["kreis-a"] } });
      expect(result.total).toBe(2);
      expect(result.hits.every((hit) => hit.type === "advisor")).toBe(true);
      expect(result.countsByType).toEqual({ programme: 7, advisor: 2, provider: 9, event: 0, initiative: 0, news: 0 });
      expect(result.countsByType.provider).toBe((await search({ types: ["provider"], filters: { gebiet: ["kreis-a"] } })).total);
    });

    it("derives the status from the dates: open through the deadline day, rolling counts as open", async () => {
      const open = await slugs({ statuses: ["offen"] });
      expect(open.sort()).toEqual([slug("digitalisierung"), slug("html"), slug("intelligenz"), slug("laufend"), slug("start-heute")].sort());
      expect(await slugs({ statuses: ["demnaechst"] })).toEqual([slug("glasfaser-titel")]);
      expect((await slugs({ statuses: ["geschlossen"] })).sort()).toEqual([slug("geschlossen-alt"), slug("vereine")].sort());
      const tomorrow = await slugs({ statuses: ["geschlossen"], today: day(1) });
      expect(tomorrow).toContain(slug("intelligenz"));
      expect(await slugs({ statuses: ["offen"], today: TODAY, types: ["advisor"] })).toEqual([]);
    });

    it("sorts by deadline like the programme list, by newest and by title", async () => {
      const programmes = await slugs({ sort: "deadline", types: ["programme"] });
      expect(programmes).toEqual([
        slug("intelligenz"), slug("html"), slug("start-heute"), slug("digitalisierung"), slug("laufend"),
        slug("glasfaser-titel"), slug("vereine"), slug("geschlossen-alt"),
      ]);
      const all = await slugs({ sort: "deadline" });
      expect(all.slice(0, 8)).toEqual(programmes);
      expect((await slugs({ sort: "newest" })).slice(0, 3)).toEqual([slug("website"), slug("intelligenz"), slug("digitalisierung")]);
      const byTitle = (await search({ sort: "title", types: ["advisor"] })).hits.map((hit) => hit.title);
      expect(byTitle).toEqual(["Digitallotsin der Handwerkskammer", "Gründungsberatung Eifel", "KI-Sprechstunde", "Treffpunkt Digitale Straße Trier"]);
    });

    it("paginates without gaps or repeats; the total stays the same", async () => {
      const query = { text: "Systemhaus", sort: "title" as const, pageSize: 5 };
      const pages = await Promise.all([1, 2, 3, 4].map((page) => search({ ...query, page })));
      expect(pages.map((p) => p.total)).toEqual([12, 12, 12, 12]);
      expect(pages.map((p) => p.hits.length)).toEqual([5, 5, 2, 0]);
      const seen = pages.flatMap((p) => p.hits.map((hit) => hit.slug));
      expect(new Set(seen).size).toBe(12);
      expect(seen).toEqual([...seen].sort());
      // Browsing a type without text pages the same way (the PostgreSQL engine reads it straight from the table).
      const all = (await search({ types: ["provider"], pageSize: 100 })).hits.map((hit) => hit.slug);
      const browsed = await Promise.all([1, 2, 3].map((page) => search({ types: ["provider"], pageSize: 3, page })));
      expect(browsed.flatMap((p) => p.hits.map((hit) => hit.slug))).toEqual(all.slice(0, 9));
      expect(new Set(browsed.map((p) => p.total))).toEqual(new Set([all.length]));
    });

    it("suggests titles by prefix", async () => {
      const digital = await engine.suggest("Digitali", 5);
      expect(digital.map((s) => s.slug)).toContain(slug("digitalisierung"));
      expect(digital.length).toBeLessThanOrEqual(5);
      expect((await engine.suggest("Künst", 5)).map((s) => s.slug)).toContain(slug("intelligenz"));
      expect(await engine.suggest("Alpha", 3)).toHaveLength(3);
      expect(await engine.suggest("", 5)).toEqual([]);
    });

    it("replaces a document on re-index and forgets removed ones", async () => {
      const original = CONTRACT_DOCUMENTS.find((d) => d.slug === slug("daten"))!;
      await engine.index([{ ...original, title: "Datenwerk Saarburg" }]);
      expect(await slugs({ text: "Saarburg" })).toEqual([slug("daten")]);
      expect(await slugs({ text: "Trier" })).not.toContain(slug("daten"));
      await engine.remove([original.id, "provider:ct-unknown"]);
      expect(await slugs({ text: "Datenwerk" })).toEqual([]);
      expect((await engine.suggest("Datenw", 5)).map((s) => s.slug)).not.toContain(slug("daten"));
      expect((await search({})).total).toBe(CONTRACT_DOCUMENTS.length - 1);
    });

    it("clear() empties the index", async () => {
      await engine.clear();
      expect((await search({})).total).toBe(0);
      expect(await engine.suggest("Alpha", 3)).toEqual([]);
    });
  });
}
