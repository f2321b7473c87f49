import type { SearchQuery, SearchResult } from "../types";
import { isOlderVersion } from "./index-version";

// Results per (query, index version). The query includes `today`, so a derived status is never
// older than the Berlin day it was computed for; any write to the index raises the version
// (index-version.ts), so no result outlives the data it was computed from.

/** Entries kept; a result with 20 hits and all facet counts is ~10–30 kB. */
export const RESULT_CACHE_SIZE = 500;

/** The query in a canonical form: order and repetition of types, filter values and statuses do not matter. */
export function resultCacheKey(query: SearchQuery): string {
  const set = (values: readonly string[]) => [...new Set(values)].sort();
  const filters = Object.keys(query.filters)
    .sort()
    .map((key): [string, string[]] => [key, set(query.filters[key] ?? [])])
    .filter(([, values]) => values.length > 0);
  // Facet keys keep their order: it is the order of facetCounts' keys in the result.
  return JSON.stringify([query.text, set(query.types), filters, set(query.statuses), query.sort, query.page, query.pageSize, [...new Set(query.facets)], query.today]);
}

export class ResultCache {
  private version: string | null = null;
  /** As JSON: parsing a copy is cheaper than structuredClone, and nobody can change a stored result. */
  private readonly entries = new Map<string, string>();

  constructor(private readonly size = RESULT_CACHE_SIZE) {}

  /** A copy, so callers may change what they get. */
  get(version: string, key: string): SearchResult | undefined {
    if (version !== this.version) return undefined;
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // Least recently used first: re-inserting moves the key to the end.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return JSON.parse(hit) as SearchResult;
  }

  has(version: string, key: string): boolean {
    return version === this.version && this.entries.has(key);
  }

  set(version: string, key: string, result: SearchResult): void {
    // A slow search that started before a write finishes after a newer one: keep the newer entries.
    if (this.version !== null && isOlderVersion(version, this.version)) return;
    if (version !== this.version) {
      // Entries of other versions can never be served again.
      this.entries.clear();
      this.version = version;
    }
    this.entries.set(key, JSON.stringify(result));
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
    this.version = null;
  }

  get length(): number {
    return this.entries.size;
  }
}
