// Engine-side half of `npm run bench:search` (bench/search.mjs starts it; not meant to be run alone):
//   tsx --conditions=react-server bench/search-engine-latency.ts '<JSON array of API query strings>' <rounds> [cached|cold]
// Each query string is parsed exactly as /api/v1/search parses it, so both halves measure the same
// mix. One warm-up round (connections, synonym cache, plans, buffers, the PostgreSQL engine's
// in-memory index), then <rounds> timed rounds. "cached" (default) is the engine as the app
// uses it: the timed rounds repeat the warm-up's queries, so the PostgreSQL engine answers them
// from its result cache. "cold" turns that cache off: every search is computed anew.
// Prints one line "RESULT {json}" with the engine name, the document count and per-query latencies.
import { db } from "@/lib/db/client";
import { berlinDay } from "@/lib/dates";
import { getSearchEngine } from "@/lib/search";
import { createPostgresEngine, sharedSearchState } from "@/lib/search/postgres/engine";
import { parseSearchParams, toSearchQuery } from "@/lib/search/query-params";
import type { SearchQuery } from "@/lib/search/types";

function toQuery(queryString: string, today: string): SearchQuery {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of new URLSearchParams(queryString)) (raw[key] ??= []).push(value);
  const parsed = parseSearchParams(raw, { strict: true });
  if (!parsed.ok) throw new Error(`invalid query "${queryString}": ${parsed.field} (${parsed.issue})`);
  return toSearchQuery(parsed.params, today);
}

async function main() {
  const mix = JSON.parse(process.argv[2] ?? "[]") as string[];
  const rounds = Number(process.argv[3] ?? 3);
  const cold = process.argv[4] === "cold";
  const today = berlinDay();
  const queries = mix.map((queryString) => toQuery(queryString, today));
  const configured = await getSearchEngine();
  const engine = cold && configured.name === "postgres" ? createPostgresEngine(db, { resultCache: false }) : configured;
  const documents = await db.searchDocument.count();

  for (const query of queries) await engine.search(query);
  // The in-memory index loads in the background after the first search; a server keeps it.
  await sharedSearchState.memory.settled();
  const latencies: number[][] = queries.map(() => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, query] of queries.entries()) {
      const started = performance.now();
      await engine.search(query);
      latencies[i]!.push(performance.now() - started);
    }
  }
  // How the PostgreSQL engine answered (result cache, in-memory index, SQL alone), warm-up included.
  const answered = engine.name === "postgres" ? sharedSearchState.stats : null;
  console.log(`RESULT ${JSON.stringify({ engine: engine.name, documents, latencies, answered })}`);
}

try {
  await main();
} catch (error) {
  console.error("[bench:search] engine measurement failed:", error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
