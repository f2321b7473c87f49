import type { SearchEngine } from "./types";

// When Meilisearch is configured but unreachable, visitors still get results: queries fall back
// to PostgreSQL (always in step with the data, lib/search/sync.ts) and the failure is logged.
// After a failure the primary rests for a while, so not every request waits for a timeout.
// Writes are never redirected: the search.sync job retries them against the primary.

export interface FallbackOptions {
  /** How long to use the fallback after a failure before trying the primary again. */
  restMs?: number;
  /** A query slower than this counts as a failure. */
  timeoutMs?: number;
  log?: (message: string) => void;
  now?: () => number;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function withFallback(primary: SearchEngine, fallback: SearchEngine, options: FallbackOptions = {}): SearchEngine {
  const restMs = options.restMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 2_000;
  const log = options.log ?? ((message: string) => console.error(message));
  const now = options.now ?? Date.now;
  let restingUntil = 0;

  async function read<T>(what: string, call: (engine: SearchEngine) => Promise<T>): Promise<T> {
    if (now() < restingUntil) return call(fallback);
    try {
      return await withTimeout(call(primary), timeoutMs);
    } catch (error) {
      restingUntil = now() + restMs;
      // Only the message: errors of HTTP clients can carry request details such as keys.
      const message = error instanceof Error ? error.message : String(error);
      log(`[search] ${primary.name} ${what} failed (${message.split("\n")[0]}); using ${fallback.name} for ${restMs / 1000} s`);
      return call(fallback);
    }
  }

  return {
    name: primary.name,
    index: (documents) => primary.index(documents),
    remove: (ids) => primary.remove(ids),
    clear: () => primary.clear(),
    search: (query) => read("search", (engine) => engine.search(query)),
    suggest: (prefix, limit) => read("suggest", (engine) => engine.suggest(prefix, limit)),
  };
}
