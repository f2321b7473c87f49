import { describe, expect, it, vi } from "vitest";
import { withFallback } from "@/lib/search/fallback";
import type { SearchEngine, SearchQuery, SearchResult } from "@/lib/search/types";

const result = (total: number): SearchResult => ({ hits: [], total, countsByType: { programme: 0, advisor: 0, provider: 0, event: 0, initiative: 0, news: 0 }, facetCounts: {}, correctedText: null });
const query = {} as SearchQuery;

function engine(name: SearchEngine["name"], search: () => Promise<SearchResult>): SearchEngine {
  return { name, index: vi.fn(async () => {}), remove: vi.fn(async () => {}), clear: vi.fn(async () => {}), search: vi.fn(search), suggest: vi.fn(async () => []) };
}

describe("withFallback", () => {
  it("answers from the primary while it works", async () => {
    const wrapped = withFallback(engine("meilisearch", async () => result(1)), engine("postgres", async () => result(2)));
    expect((await wrapped.search(query)).total).toBe(1);
  });

  it("falls back on failure, logs once, rests the primary, then tries it again", async () => {
    let now = 0;
    const log = vi.fn();
    const primary = engine("meilisearch", async () => {
      throw new Error("connect ECONNREFUSED 127.0.0.1:7700\nstack");
    });
    const wrapped = withFallback(primary, engine("postgres", async () => result(2)), { restMs: 1000, log, now: () => now });
    expect((await wrapped.search(query)).total).toBe(2);
    expect((await wrapped.search(query)).total).toBe(2);
    expect(primary.search).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0]![0]).toBe("[search] meilisearch search failed (connect ECONNREFUSED 127.0.0.1:7700); using postgres for 1 s");
    now = 1001;
    await wrapped.search(query);
    expect(primary.search).toHaveBeenCalledTimes(2);
  });

  it("treats a hanging primary as failed", async () => {
    const wrapped = withFallback(engine("meilisearch", () => new Promise(() => {})), engine("postgres", async () => result(2)), { timeoutMs: 10, log: () => {} });
    expect((await wrapped.search(query)).total).toBe(2);
  });

  it("never redirects writes", async () => {
    const primary = engine("meilisearch", async () => result(1));
    const fallback = engine("postgres", async () => result(2));
    await withFallback(primary, fallback).index([]);
    expect(primary.index).toHaveBeenCalled();
    expect(fallback.index).not.toHaveBeenCalled();
  });
});
