import { describe, expect, it } from "vitest";
import { buildMemoryIndex } from "@/lib/search/postgres/memory-index";
import { evaluateInMemory } from "@/lib/search/postgres/memory-search";
import type { SearchQuery } from "@/lib/search/types";

// Documents in A–Z order (their number); newest position as the database would compute it.
const index = buildMemoryIndex("1", [
  ["programme:a", "programme", null, "2030-06-15", 2, ["gebiet:x", "foerderart:zuschuss"], null, null, null],
  ["programme:b", "programme", "2030-07-01", null, 0, ["gebiet:y", "foerderart:darlehen"], null, null, null],
  ["programme:c", "programme", null, "2030-06-14", 3, ["gebiet:x", "foerderart:darlehen"], null, null, null],
  ["programme:d", "programme", null, null, 4, ["gebiet:x", "gebiet:y", "foerderart:zuschuss"], null, null, null],
  ["provider:e", "provider", null, null, 1, ["gebiet:x", "leistung:cloud"], null, null, null],
]);
const query: SearchQuery = { text: "", types: [], filters: {}, statuses: [], sort: "relevance", page: 1, pageSize: 20, facets: [], today: "2030-06-15" };
const ids = (page: number[]) => page.map((i) => index.ids[i]);

describe("evaluateInMemory", () => {
  it("derives the status from the dates: open through the deadline day, rolling is open", () => {
    const result = evaluateInMemory(index, { ...query, facets: ["status"] }, null);
    expect(result.facets).toEqual({ "status:offen": 2, "status:demnaechst": 1, "status:geschlossen": 1 });
    expect(ids(evaluateInMemory(index, { ...query, statuses: ["offen"] }, null).page)).toEqual(["programme:a", "programme:d"]);
  });

  it("counts disjunctively: a row failing only one facet counts for that facet's other values", () => {
    const result = evaluateInMemory(index, { ...query, types: ["programme"], filters: { gebiet: ["y"] }, facets: ["gebiet", "foerderart"] }, null);
    expect(result.total).toBe(2);
    expect(result.facets).toEqual({ "gebiet:x": 3, "gebiet:y": 2, "foerderart:darlehen": 1, "foerderart:zuschuss": 1 });
    // Per type: the type restriction ignored, the others kept.
    expect(result.byType).toEqual({ programme: 2 });
    const all = evaluateInMemory(index, { ...query, types: ["programme"], filters: { gebiet: ["x"] } }, null);
    expect(all.byType).toEqual({ programme: 3, provider: 1 });
  });

  it("treats an unknown value as matching nothing and an unknown key as no restriction", () => {
    expect(evaluateInMemory(index, { ...query, filters: { gebiet: ["nirgends"] } }, null).total).toBe(0);
    expect(evaluateInMemory(index, { ...query, filters: { unbekannt: ["x"] } }, null).total).toBe(5);
  });

  it("orders by deadline like the programme list, by newest, by title, and pages", () => {
    expect(ids(evaluateInMemory(index, { ...query, sort: "deadline" }, null).page)).toEqual(["programme:a", "programme:d", "programme:b", "programme:c", "provider:e"]);
    expect(ids(evaluateInMemory(index, { ...query, sort: "newest" }, null).page)).toEqual(["programme:b", "provider:e", "programme:a", "programme:c", "programme:d"]);
    expect(ids(evaluateInMemory(index, { ...query, sort: "title", page: 2, pageSize: 2 }, null).page)).toEqual(["programme:c", "programme:d"]);
  });

  it("ranks text matches by relevance, ties by newest, and only counts the matches", () => {
    const matches = { docs: Int32Array.from([0, 2, 3, 4]), ranks: Float64Array.from([0.5, 0, 0.5, 1]) };
    const result = evaluateInMemory(index, { ...query, text: "x", facets: ["gebiet"] }, matches);
    expect(result.total).toBe(4);
    expect(ids(result.page)).toEqual(["provider:e", "programme:a", "programme:d", "programme:c"]);
    expect(ids(evaluateInMemory(index, { ...query, text: "x", page: 2, pageSize: 3 }, matches).page)).toEqual(["programme:c"]);
    expect(result.facets).toEqual({ "gebiet:x": 4, "gebiet:y": 1 });
  });
});
