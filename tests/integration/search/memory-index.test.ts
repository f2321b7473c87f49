import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/dates";
import type { SearchClient } from "@/lib/search/client";
import { createPostgresEngine, sharedSearchState } from "@/lib/search/postgres/engine";
import type { SearchDocType, SearchDocument, SearchQuery } from "@/lib/search/types";
import { baseQuery, TODAY } from "./fixtures";
import { openRollbackTransaction } from "./rollback";

// The in-memory index must give exactly what the single SQL statement gives: same matches, totals,
// counts per type and facet value, same hits in the same (relevance) order, same highlights. Both engines run
// on the same generated documents inside a transaction that is rolled back.

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const WORDS = [
  ...["Digitalisierung", "Handwerk", "Förderung", "Glasfaser", "Telemedizin", "Cloud", "Software", "Beratung", "Weinbau", "Zuschuss", "Mosel", "Trier"],
  ...["Künstliche Intelligenz", "KI-Beratung", "IT-Sicherheit", "Industrie 4.0", "Webseite", "Website", "Webshop", "für kleine Unternehmen"],
];
const FACETS: Record<SearchDocType, Record<string, string[]>> = {
  programme: { foerderart: ["zuschuss", "darlehen", "preis"], zielgruppe: ["kmu", "handwerk", "startup"], gebiet: ["a", "b", "c"], ebene: ["land", "bund"] },
  advisor: { thema: ["ki", "daten"], gebiet: ["a", "b", "c"], beratungsform: ["video", "vor-ort"] },
  provider: { leistung: ["software", "cloud", "website"], branche: ["handel", "industrie"], gebiet: ["a", "b", "c"], groesse: ["small", "medium"] },
};

function generate(count: number): SearchDocument[] {
  const next = random(42);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const some = (items: readonly string[]) => items.filter(() => next() < 0.4);
  return Array.from({ length: count }, (_, i) => {
    const type = pick(["programme", "advisor", "provider"] as const);
    const words = () => Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(WORDS)).join(" ");
    const deadline = type === "programme" && next() < 0.7 ? addDays(TODAY, Math.floor(next() * 60) - 30) : null;
    const start = type === "programme" && next() < 0.3 ? addDays(TODAY, Math.floor(next() * 20) - 5) : null;
    return {
      id: `${type}:mi-${i}`,
      type,
      entityId: `mi-${i}`,
      slug: `mi-${i}`,
      // Repeated titles: ties broken by id, as in SQL.
      title: `${words()} ${i % 7}`,
      summary: next() < 0.5 ? words() : "",
      body: words(),
      keywords: next() < 0.5 ? [pick(WORDS)] : [],
      facets: Object.fromEntries(Object.entries(FACETS[type]).map(([key, values]) => [key, some(values)])),
      applicationStart: start,
      deadline,
      publishedAt: new Date(Date.UTC(2030, 0, 1 + Math.floor(next() * 20))).toISOString(),
    };
  });
}

const ALL_FACETS = ["foerderart", "zielgruppe", "thema", "gebiet", "ebene", "organisation", "beratungsform", "leistung", "branche", "groesse", "status"];
const QUERIES: Partial<SearchQuery>[] = [
  {},
  { facets: ALL_FACETS },
  { types: ["programme"], facets: ALL_FACETS },
  { types: ["programme"], filters: { foerderart: ["zuschuss"], gebiet: ["a", "c"] }, statuses: ["offen"], facets: ALL_FACETS },
  { types: ["programme"], statuses: ["demnaechst", "geschlossen"], sort: "deadline", facets: ["status", "gebiet"] },
  { sort: "deadline", pageSize: 50, page: 2 },
  { sort: "newest", pageSize: 30 },
  { sort: "title", types: ["provider"], filters: { leistung: ["cloud"], groesse: ["small"] }, facets: ALL_FACETS },
  { filters: { gebiet: ["b"], unbekannt: ["x"] }, facets: ["gebiet", "branche"] },
  { text: "Handwerk", facets: ALL_FACETS },
  { text: "Förderung Handwerk", facets: ALL_FACETS, pageSize: 100 },
  { text: "Förderung", types: ["programme"], filters: { gebiet: ["a"] }, statuses: ["offen"], facets: ALL_FACETS },
  { text: "Glasf", page: 3, pageSize: 10 },
  { text: "Cloud Software", types: ["provider"], sort: "title", facets: ALL_FACETS },
  { text: "Mosel", sort: "newest" },
  { text: "Digitalisierung", sort: "deadline", types: ["programme"] },
  { text: "Telemedizn" },
  { text: "Qzxvjwq", facets: ALL_FACETS },
  { text: "Trier", page: 2, pageSize: 7, filters: { gebiet: ["c"] } },
  // Synonyms (one and several words), transliteration, compounds, digits, stop words, short words.
  { text: "KI", facets: ALL_FACETS },
  { text: "künstliche Intelligenz Beratung" },
  { text: "Foerderung Webseite", pageSize: 50 },
  { text: "IT-Sicherheit" },
  { text: "Industrie 4.0" },
  { text: "für" },
  { text: "Web" },
  { text: "di" },
  { text: "Zuschuss Handwerk Trier", facets: ALL_FACETS },
];

const NOTHING_FOUND = new Set(["Qzxvjwq", "di"]);

describe("PostgreSQL engine: in-memory index", () => {
  let tx: SearchClient;
  let rollback: () => Promise<void>;

  beforeAll(async () => {
    ({ tx, rollback } = await openRollbackTransaction());
    const engine = createPostgresEngine(tx, { memoryIndex: "off" });
    await engine.clear();
    await engine.index(generate(600));
  });
  afterAll(async () => {
    await rollback();
  });

  it("returns exactly what the SQL statement returns", async () => {
    const sqlOnly = createPostgresEngine(tx, { memoryIndex: "off" });
    const inMemory = createPostgresEngine(tx, { memoryIndex: "always" });
    const { stats } = sharedSearchState;
    const before = stats.memory;
    for (const query of QUERIES) {
      const full: SearchQuery = { ...baseQuery, pageSize: 20, ...query };
      const expected = await sqlOnly.search(full);
      // Only the nonsense word and "di" (too short for a prefix) find nothing: the comparisons are of real results.
      expect(expected.total > 0, JSON.stringify(query)).toBe(!NOTHING_FOUND.has(query.text ?? ""));
      expect(await inMemory.search(full), JSON.stringify(query)).toEqual(expected);
    }
    // Every search (and typo retry) of the in-memory engine went through the index, none fell back.
    expect(stats.memory - before).toBeGreaterThanOrEqual(QUERIES.length);
  });
});
