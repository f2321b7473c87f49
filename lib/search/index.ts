import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { withFallback } from "./fallback";
import { createPostgresEngine } from "./postgres/engine";
import type { SearchEngine } from "./types";

// The one way the app gets a search engine: SEARCH_ENGINE=postgres (default) or meilisearch.

export type { SearchEngine } from "./types";
export { createPostgresEngine } from "./postgres/engine";

const globalForSearch = globalThis as unknown as { searchEngine?: Promise<SearchEngine> };

async function createConfiguredEngine(): Promise<SearchEngine> {
  const postgres = createPostgresEngine(db);
  if (env.SEARCH_ENGINE !== "meilisearch") return postgres;
  if (!env.MEILISEARCH_HOST) {
    console.error("[search] SEARCH_ENGINE=meilisearch without MEILISEARCH_HOST; using postgres");
    return postgres;
  }
  try {
    // Loaded only when configured, so the PostgreSQL-only setup never loads the Meilisearch client.
    const { createMeilisearchEngine } = await import("./meilisearch/engine");
    const meilisearch = createMeilisearchEngine({ host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY });
    return withFallback(meilisearch, postgres);
  } catch (error) {
    console.error(`[search] Meilisearch engine unavailable (${error instanceof Error ? error.message : String(error)}); using postgres`);
    return postgres;
  }
}

/** The configured engine (created once per process). */
export function getSearchEngine(): Promise<SearchEngine> {
  globalForSearch.searchEngine ??= createConfiguredEngine();
  return globalForSearch.searchEngine;
}

/** The PostgreSQL engine regardless of configuration (it is always kept in step by sync.ts). */
export function getPostgresSearchEngine(): SearchEngine {
  return createPostgresEngine(db);
}
