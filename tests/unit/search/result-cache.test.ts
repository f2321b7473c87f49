import { describe, expect, it } from "vitest";
import { isOlderVersion } from "@/lib/search/postgres/index-version";
import { ResultCache, resultCacheKey } from "@/lib/search/postgres/result-cache";
import type { SearchQuery, SearchResult } from "@/lib/search/types";

const query: SearchQuery = { text: "Handwerk", types: [], filters: {}, statuses: [], sort: "relevance", page: 1, pageSize: 20, facets: ["gebiet"], today: "2030-06-15" };
const result = (total: number): SearchResult => ({ hits: [], total, countsByType: { programme: total, advisor: 0, provider: 0 }, facetCounts: {}, correctedText: null });

describe("resultCacheKey", () => {
  it("ignores the order and repetition of types, filter values and statuses", () => {
    const a = resultCacheKey({ ...query, types: ["programme", "advisor"], filters: { gebiet: ["b", "a"], thema: ["x"] }, statuses: ["offen", "demnaechst"] });
    const b = resultCacheKey({ ...query, types: ["advisor", "programme", "advisor"], filters: { thema: ["x"], gebiet: ["a", "b", "a"], leer: [] }, statuses: ["demnaechst", "offen"] });
    expect(a).toBe(b);
  });

  it("tells apart everything that changes the result, including the day", () => {
    const key = resultCacheKey(query);
    for (const change of [{ text: "Handwerk " }, { today: "2030-06-16" }, { page: 2 }, { pageSize: 10 }, { sort: "title" as const }, { facets: ["status"] }, { filters: { gebiet: ["a"] } }]) {
      expect(resultCacheKey({ ...query, ...change }), JSON.stringify(change)).not.toBe(key);
    }
  });
});

describe("ResultCache", () => {
  it("serves a result only for the version it was computed at, as a copy", () => {
    const cache = new ResultCache();
    cache.set("7", "k", result(3));
    const hit = cache.get("7", "k")!;
    expect(hit.total).toBe(3);
    hit.total = 99;
    expect(cache.get("7", "k")!.total).toBe(3);
    expect(cache.get("8", "k")).toBeUndefined();
  });

  it("drops everything when a newer version is stored, and ignores late results of older versions", () => {
    const cache = new ResultCache();
    cache.set("7", "a", result(1));
    cache.set("8", "b", result(2));
    expect(cache.length).toBe(1);
    expect(cache.get("7", "a")).toBeUndefined();
    cache.set("7", "c", result(3));
    expect(cache.get("7", "c")).toBeUndefined();
    expect(cache.get("8", "b")!.total).toBe(2);
  });

  it("treats the versions of a recreated table as new, not older", () => {
    expect(isOlderVersion("7@100", "8@100")).toBe(true);
    expect(isOlderVersion("8@100", "7@100")).toBe(false);
    expect(isOlderVersion("9@100", "3@200")).toBe(false);
    const cache = new ResultCache();
    cache.set("9@100", "a", result(1));
    cache.set("3@200", "a", result(2));
    expect(cache.get("3@200", "a")?.total).toBe(2);
    expect(cache.get("9@100", "a")).toBeUndefined();
  });

  it("evicts the least recently used entry", () => {
    const cache = new ResultCache(2);
    cache.set("1", "a", result(1));
    cache.set("1", "b", result(2));
    cache.get("1", "a");
    cache.set("1", "c", result(3));
    expect(cache.get("1", "b")).toBeUndefined();
    expect(cache.get("1", "a")?.total).toBe(1);
    expect(cache.get("1", "c")?.total).toBe(3);
  });
});
