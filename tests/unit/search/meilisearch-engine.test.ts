import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchDocument, SearchQuery } from "@/lib/search/types";

// The official client, replaced by a recorder: these tests check the requests the engine builds.
const state = vi.hoisted(() => ({
  calls: [] as { method: string; args: unknown[] }[],
  taskResults: {} as Record<string, { status: string; error?: { code: string; message: string } }>,
  multiResponses: [] as unknown[],
  synonyms: {} as Record<string, string[]>,
}));

vi.mock("meilisearch", () => {
  const task = (method: string) =>
    Object.assign(Promise.resolve({ taskUid: 1 }), {
      waitTask: async () => state.taskResults[method] ?? { status: "succeeded" },
    });
  const record = (method: string, ...args: unknown[]) => state.calls.push({ method, args });
  const index = {
    updateSettings: (...a: unknown[]) => (record("updateSettings", ...a), task("updateSettings")),
    updateSynonyms: (...a: unknown[]) => (record("updateSynonyms", ...a), task("updateSynonyms")),
    getSynonyms: async () => state.synonyms,
    addDocuments: (...a: unknown[]) => (record("addDocuments", ...a), task("addDocuments")),
    deleteDocuments: (...a: unknown[]) => (record("deleteDocuments", ...a), task("deleteDocuments")),
    deleteAllDocuments: () => (record("deleteAllDocuments"), task("deleteAllDocuments")),
    search: async (...a: unknown[]) => (record("search", ...a), { hits: [{ type: "programme", slug: "s", title: "T" }] }),
  };
  class Meilisearch {
    constructor(config: unknown) { record("constructor", config); }
    index(uid: string) { record("index", uid); return index; }
    createIndex(...a: unknown[]) { record("createIndex", ...a); return task("createIndex"); }
    async multiSearch(body: unknown) { record("multiSearch", body); return state.multiResponses.shift(); }
  }
  return { Meilisearch };
});

const { createMeilisearchEngine } = await import("@/lib/search/meilisearch/engine");

const calls = (method: string) => state.calls.filter((c) => c.method === method).map((c) => c.args);
type Body = { queries: Record<string, unknown>[] };

const doc: SearchDocument = {
  id: "programme:abc123",
  type: "programme",
  entityId: "abc123",
  slug: "digi-bonus",
  title: "Digi\uE000Bonus <b>",
  summary: "Zuschuss",
  body: "Langtext",
  keywords: ["ISB"],
  facets: { foerderart: ["zuschuss", "zuschuss"], unbekannt: ["x"] },
  applicationStart: null,
  deadline: "2026-03-31",
  publishedAt: "2026-01-02T03:04:05.000Z",
};

const query: SearchQuery = {
  text: "digital",
  types: [],
  filters: {},
  statuses: [],
  sort: "relevance",
  page: 1,
  pageSize: 10,
  facets: [],
  today: "2026-03-15",
};

const response = (over: Record<string, unknown> = {}) => ({ hits: [], totalHits: 0, facetDistribution: {}, ...over });

beforeEach(() => {
  state.calls.length = 0;
  state.taskResults = {};
  state.multiResponses = [];
  state.synonyms = {};
});

describe("writes and settings", () => {
  it("creates the index, applies settings once and pushes default synonyms to an index without any", async () => {
    const engine = createMeilisearchEngine({ host: "http://meili:7700", apiKey: "k", indexName: "t" });
    state.taskResults.createIndex = { status: "failed", error: { code: "index_already_exists", message: "exists" } };
    await engine.index([doc]);
    await engine.index([doc]);
    expect(calls("constructor")).toEqual([[{ host: "http://meili:7700", apiKey: "k" }]]);
    expect(calls("createIndex")).toEqual([["t", { primaryKey: "key" }]]);
    expect(calls("updateSettings")).toHaveLength(1);
    const settings = calls("updateSettings")[0]![0] as Record<string, unknown>;
    expect(settings.searchableAttributes).toEqual(["title", "summary", "keywords", "folded", "body", "textFr", "textEn"]);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["type", "f_foerderart", "f_thema", "f_gebiet", "f_leistung", "applicationStartDay", "deadlineDay"]));
    expect(settings.filterableAttributes).not.toContain("f_status");
    expect(settings).not.toHaveProperty("synonyms");
    expect(settings.typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 5, twoTypos: 10 } });
    // Translated texts are read with their own language's rules (issue 20).
    expect(settings.localizedAttributes).toEqual([
      { attributePatterns: ["title", "summary", "keywords", "folded", "body"], locales: ["deu"] },
      { attributePatterns: ["textFr"], locales: ["fra"] },
      { attributePatterns: ["textEn"], locales: ["eng"] },
    ]);
    const synonyms = calls("updateSynonyms")[0]![0] as Record<string, string[]>;
    expect(synonyms.ki).toContain("künstliche intelligenz");
    expect(synonyms["künstliche intelligenz"]).toContain("ki");
    expect(synonyms.webseite).toEqual(expect.arrayContaining(["website", "homepage"]));
  });

  it("keeps the editors' synonyms when the index already has some", async () => {
    state.synonyms = { foo: ["bar"] };
    await createMeilisearchEngine({ host: "http://m" }).clear();
    expect(calls("updateSynonyms")).toEqual([]);
    expect(calls("deleteAllDocuments")).toHaveLength(1);
  });

  it("stores facets as f_<key> arrays, dates as day numbers, ids as valid primary keys", async () => {
    await createMeilisearchEngine({ host: "http://m" }).index([doc]);
    const [rows, opts] = calls("addDocuments")[0]! as [Record<string, unknown>[], unknown];
    expect(opts).toEqual({ primaryKey: "key" });
    expect(rows[0]).toMatchObject({ key: "programme__abc123", id: "programme:abc123", f_foerderart: ["zuschuss"], deadlineDay: 20543, title: "DigiBonus <b>", titleSort: "digibonus <b>" });
    expect(rows[0]).not.toHaveProperty("applicationStartDay");
    expect(rows[0]!.folded).toBe("");
    expect(rows[0]).not.toHaveProperty("f_unbekannt");
  });

  it("adds a transliterated copy for umlauts and ß, and sends ß as ss in queries", async () => {
    const engine = createMeilisearchEngine({ host: "http://m" });
    await engine.index([{ ...doc, title: "Förderung Straße", summary: "für Bäcker", keywords: ["Süd"] }]);
    const [rows] = calls("addDocuments")[0]! as [Record<string, unknown>[]];
    expect(rows[0]!.folded).toBe("Foerderung Strasse\nfuer Baecker\nSued");
    state.multiResponses.push({ results: [response()] });
    await engine.search({ ...query, text: " Straße " });
    expect((calls("multiSearch")[0]![0] as Body).queries[0]!.q).toBe("Strasse");
  });

  it("throws when Meilisearch fails a task (so the search.sync job is retried)", async () => {
    state.taskResults.addDocuments = { status: "failed", error: { code: "invalid_document_id", message: "bad id" } };
    await expect(createMeilisearchEngine({ host: "http://m" }).index([doc])).rejects.toThrow(/invalid_document_id/);
  });

  it("removes by the same primary keys", async () => {
    await createMeilisearchEngine({ host: "http://m" }).remove(["programme:abc123", "advisor:ä b"]);
    expect(calls("deleteDocuments")).toEqual([[["programme__abc123", `x_${Buffer.from("advisor:ä b").toString("hex")}`]]]);
  });
});

describe("search", () => {
  it("counts active facets disjunctively in ONE multi-search", async () => {
    const engine = createMeilisearchEngine({ host: "http://m", indexName: "t" });
    state.multiResponses.push({
      results: [
        response({ totalHits: 3, hits: [{ type: "programme", slug: "a", title: "A", summary: "S", applicationStart: null, deadline: null }], facetDistribution: { f_zielgruppe: { kmu: 3 } } }),
        response({ facetDistribution: { f_foerderart: { zuschuss: 3, darlehen: 2 } } }),
        response({ facetDistribution: { type: { programme: 3, advisor: 4 } } }),
      ],
    });
    const result = await engine.search({ ...query, types: ["programme"], filters: { foerderart: ["zuschuss"] }, facets: ["foerderart", "zielgruppe", "nope"] });
    expect(calls("multiSearch")).toHaveLength(1);
    const { queries } = calls("multiSearch")[0]![0] as Body;
    expect(queries).toHaveLength(3);
    expect(queries[0]).toMatchObject({ indexUid: "t", q: "digital", page: 1, hitsPerPage: 10, facets: ["f_zielgruppe"], filter: ['type IN ["programme"]', 'f_foerderart IN ["zuschuss"]'] });
    expect(queries[0]).not.toHaveProperty("sort");
    expect(queries[1]).toMatchObject({ hitsPerPage: 0, facets: ["f_foerderart"], filter: ['type IN ["programme"]'] });
    expect(queries[2]).toMatchObject({ hitsPerPage: 0, facets: ["type"], filter: ['f_foerderart IN ["zuschuss"]'] });
    expect(result.total).toBe(3);
    expect(result.facetCounts).toEqual({ foerderart: { zuschuss: 3, darlehen: 2 }, zielgruppe: { kmu: 3 }, nope: {} });
    expect(result.countsByType).toEqual({ programme: 3, advisor: 4, provider: 0, event: 0, initiative: 0, news: 0 });
    expect(result.correctedText).toBeNull();
  });

  it("escapes HTML in highlights and turns only its private markers into <mark>", async () => {
    const engine = createMeilisearchEngine({ host: "http://m" });
    const title = "<script>alert(1)</script> & <mark>Digital</mark>";
    state.multiResponses.push({
      results: [response({ totalHits: 1, hits: [{ type: "advisor", slug: "x", title, summary: "plain", applicationStart: null, deadline: null, _formatted: { title: "<script>alert(1)</script> & <mark>\uE000Digital\uE001</mark>", summary: "\uE000open" } }] })],
    });
    const [hit] = (await engine.search(query)).hits;
    expect(hit!.title).toBe(title);
    expect(hit!.highlightedTitle).toBe("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;mark&gt;<mark>Digital</mark>&lt;/mark&gt;");
    expect(hit!.highlightedSummary).toBe("<mark>open</mark>");
    const { queries } = calls("multiSearch")[0]![0] as Body;
    expect(queries[0]).toMatchObject({ attributesToHighlight: ["title", "summary"], highlightPreTag: "\uE000", highlightPostTag: "\uE001" });
  });

  it("orders by deadline in segments: counts first, then the page's slice of each", async () => {
    const engine = createMeilisearchEngine({ host: "http://m" });
    const sizes = [2, 0, 4, 5, 1];
    state.multiResponses.push({ results: [response({ totalHits: 12 }), ...sizes.map((n) => response({ totalHits: n }))] });
    state.multiResponses.push({ results: [response({ hits: [{ type: "programme", slug: "u1" }] }), response({ hits: [{ type: "programme", slug: "c1" }] })] });
    const result = await engine.search({ ...query, text: "", sort: "deadline", page: 2, pageSize: 5 });
    expect(result.total).toBe(12);
    expect(result.hits.map((h) => h.slug)).toEqual(["u1", "c1"]);
    const [first, second] = calls("multiSearch").map((c) => (c[0] as Body).queries);
    expect(first).toHaveLength(6);
    expect(second!.map((q) => [q.offset, q.limit, q.sort])).toEqual([
      [3, 1, ["applicationStartDay:asc", "titleSort:asc"]],
      [0, 4, ["deadlineDay:desc", "titleSort:asc"]],
    ]);
  });

  it("counts statuses when asked, each without the status selection", async () => {
    const engine = createMeilisearchEngine({ host: "http://m" });
    state.multiResponses.push({ results: [response({ totalHits: 1 }), response({ totalHits: 7 }), response({ totalHits: 0 }), response({ totalHits: 2 })] });
    const result = await engine.search({ ...query, statuses: ["offen"], facets: ["status"] });
    const { queries } = calls("multiSearch")[0]![0] as Body;
    expect(queries).toHaveLength(4);
    expect((queries[1]!.filter as string[]).join(" ")).toContain("deadlineDay >= 20527");
    expect(queries[1]!.filter).toHaveLength(1);
    expect(result.facetCounts.status).toEqual({ offen: 7, geschlossen: 2 });
  });
});

describe("suggest", () => {
  it("asks for type, slug and title only", async () => {
    const suggestions = await createMeilisearchEngine({ host: "http://m" }).suggest(" digi ", 5);
    expect(calls("search")[0]).toEqual(["digi", expect.objectContaining({ limit: 5, attributesToRetrieve: ["type", "slug", "title"] })]);
    expect(suggestions).toEqual([{ type: "programme", slug: "s", title: "T" }]);
    expect(await createMeilisearchEngine({ host: "http://m" }).suggest("  ", 5)).toEqual([]);
  });
});
