import { isOlderVersion } from "./index-version";
import type { MemoryIndex } from "./memory-index";

// Holds the MemoryIndex of the latest version seen. A search never waits for one to be built:
// if the version moved, it runs as one SQL statement while the new index loads in the background.

/** After a failed load (e.g. the database went away), wait this long before trying again. */
export const RETRY_AFTER_FAILURE_MS = 60_000;
/**
 * Between two loads at least this many times the last load's duration passes (100 000 documents:
 * ~1 s to load, so at most one load per ~10 s however often editors save; SQL serves meanwhile).
 */
export const RELOAD_PAUSE_FACTOR = 10;

export type LoadedIndex = { version: string; index: MemoryIndex | null } | null;

export class MemoryIndexHolder {
  /** `index: null`: this version has too many documents to keep in memory. */
  private current: { version: string; index: MemoryIndex | null } | null = null;
  private loading: Promise<void> | null = null;
  private nextLoadAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly load: () => Promise<LoadedIndex>,
    private readonly log: (message: string) => void = (message) => console.error(message),
  ) {}

  /** The index of exactly this version, or null (and a load starts if none runs and none ran just now). */
  get(version: string, now = Date.now()): MemoryIndex | null {
    if (this.current?.version === version) return this.current.index;
    if (!this.loading && now >= this.nextLoadAt) {
      const started = Date.now();
      this.loading = this.load()
        .then(
          (loaded) => {
            if (loaded && (!this.current || !isOlderVersion(loaded.version, this.current.version))) this.current = loaded;
            this.nextLoadAt = Date.now() + (Date.now() - started) * RELOAD_PAUSE_FACTOR;
          },
          (error: unknown) => {
            this.nextLoadAt = Date.now() + RETRY_AFTER_FAILURE_MS;
            this.log(`[search] loading the in-memory index failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
          },
        )
        .finally(() => {
          this.loading = null;
        });
    }
    return null;
  }

  /** The index of the latest version loaded, whichever that is (a statement must confirm it is current). */
  latest(): MemoryIndex | null {
    return this.current?.index ?? null;
  }

  /** Resolves when the load in progress (if any) has finished: for tests and benchmarks. */
  async settled(): Promise<void> {
    await this.loading;
  }

  clear(): void {
    this.current = null;
    this.nextLoadAt = Number.NEGATIVE_INFINITY;
  }
}
