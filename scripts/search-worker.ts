// npm run search:worker — keeps the Meilisearch index in step with the database by draining the
// search outbox (lib/search/outbox, docs/search-meilisearch.md). Run one or more; they share the
// work (SKIP LOCKED). Options: --batch-size=100 --poll-ms=1000 --retention-days=7 --once
// SIGTERM/SIGINT: the current batch is finished, then the worker exits 0.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { buildDocuments } from "@/lib/search/documents";
import { createMeilisearchEngine } from "@/lib/search/meilisearch/engine";
import { pushSynonymGroups } from "@/lib/search/meilisearch/synonyms";
import { cleanupProcessedOutbox } from "@/lib/search/outbox/cleanup";
import { drainOutbox, type DrainResult } from "@/lib/search/outbox/drain";
import { describeError } from "@/lib/search/outbox/redact";

const SYNONYMS_EVERY_MS = 10 * 60_000;
const CLEANUP_EVERY_MS = 60 * 60_000;
/** After an error of the drain itself (database unreachable) wait longer than the poll interval. */
const ERROR_PAUSE_MS = 5_000;

interface Options {
  batchSize: number;
  pollMs: number;
  retentionDays: number;
  once: boolean;
}

function parseOptions(args: string[]): Options {
  const options: Options = { batchSize: 100, pollMs: 1000, retentionDays: 7, once: false };
  const limits = { "batch-size": [1, 1000], "poll-ms": [50, 60_000], "retention-days": [1, 365] } as const;
  for (const arg of args) {
    if (arg === "--once") {
      options.once = true;
      continue;
    }
    const match = /^--(batch-size|poll-ms|retention-days)=(\d+)$/.exec(arg);
    const name = match?.[1] as keyof typeof limits | undefined;
    const value = Number(match?.[2]);
    if (!name || value < limits[name][0] || value > limits[name][1]) {
      throw new Error(`unknown or out-of-range option ${JSON.stringify(arg)} (--batch-size=1..1000 --poll-ms=50..60000 --retention-days=1..365 --once)`);
    }
    if (name === "batch-size") options.batchSize = value;
    else if (name === "poll-ms") options.pollMs = value;
    else options.retentionDays = value;
  }
  return options;
}

const log = (message: string) => console.error(`search:worker: ${message}`);

let stopping = false;
let wake: (() => void) | null = null;

function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping after the current batch`);
  wake?.();
}

/** A pause that a stop signal ends at once. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      wake = null;
      resolve();
    }
    wake = done;
  });
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  if (env.SEARCH_ENGINE !== "meilisearch" || !env.MEILISEARCH_HOST) {
    // PostgreSQL is updated inside each change's transaction (lib/search/sync.ts); no outbox rows are written.
    log("SEARCH_ENGINE is not meilisearch (or MEILISEARCH_HOST is unset): nothing to drain");
    return;
  }
  const engine = createMeilisearchEngine({ host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY });
  log(`draining to Meilisearch index "${engine.indexName}" (batch ${options.batchSize}, poll ${options.pollMs} ms)`);
  let nextSynonyms = 0;
  let nextCleanup = 0;

  while (!stopping) {
    const now = Date.now();
    if (now >= nextSynonyms) {
      nextSynonyms = now + SYNONYMS_EVERY_MS;
      await engine
        .setup()
        .then(() => pushSynonymGroups(engine))
        .then((groups) => log(`${groups} synonym groups pushed`))
        .catch((error: unknown) => {
          nextSynonyms = now + ERROR_PAUSE_MS * 12;
          log(`synonyms not pushed: ${describeError(error)}`);
        });
    }
    if (now >= nextCleanup) {
      nextCleanup = now + CLEANUP_EVERY_MS;
      await cleanupProcessedOutbox({ olderThanDays: options.retentionDays })
        .then((count) => count > 0 && log(`${count} processed outbox rows removed`))
        .catch((error: unknown) => log(`cleanup failed: ${describeError(error)}`));
    }

    let result: DrainResult | null = null;
    try {
      result = await drainOutbox({ engine, buildDocuments, batchSize: options.batchSize });
      if (result.claimed > 0) {
        log(`${result.claimed} rows: ${result.upserted} upserted, ${result.deleted} deleted, ${result.failed} failed (retried later)`);
      }
    } catch (error) {
      log(`drain failed: ${describeError(error)}`);
    }
    if (options.once && (!result || result.claimed === 0)) break;
    // A full batch means more is probably waiting: go on without a pause.
    if (result && result.claimed >= options.batchSize) continue;
    await pause(result ? options.pollMs : ERROR_PAUSE_MS);
  }
}

main()
  .then(async () => {
    await db.$disconnect();
    log("stopped");
    // Keep-alive sockets of the HTTP client would hold the process open for a while.
    process.exit(0);
  })
  .catch(async (error: unknown) => {
    log(`failed: ${describeError(error)}`);
    await db.$disconnect();
    process.exit(1);
  });
