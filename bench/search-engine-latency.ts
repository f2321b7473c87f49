// Engine-side half of `npm run bench:search` (bench/search.mjs starts it; not meant to be run alone):
//   tsx --conditions=react-server bench/search-engine-latency.ts '<JSON array of API query strings>'
// Times the PostgreSQL engine alone (SEARCH_ENGINE is ignored) over distinct queries, each run once:
// the given mix (parsed exactly as /api/v1/search parses it) and "<kind> <subject>" queries from
// the synthetic data's word pools. The engine keeps no cache, so every timed search is new. A
// warm-up over other queries (connections, plans, buffers) comes first.
// Prints one line "RESULT {json}" with the document count and the latencies.
import { db } from "@/lib/db/client";
import { berlinDay } from "@/lib/dates";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import { parseSearchParams, toSearchQuery } from "@/lib/search/query-params";
import type { SearchQuery } from "@/lib/search/types";
import { PROGRAMME_KINDS, PROGRAMME_SUBJECTS } from "../prisma/seed/synthetic/words";

function toQuery(queryString: string, today: string): SearchQuery {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of new URLSearchParams(queryString)) (raw[key] ??= []).push(value);
  const parsed = parseSearchParams(raw, { strict: true });
  if (!parsed.ok) throw new Error(`invalid query "${queryString}": ${parsed.field} (${parsed.issue})`);
  return toSearchQuery(parsed.params, today);
}

/** Every kind with every subject ("Zuschuss Telemedizin"), in a fixed interleaved order. */
function generatedTexts(): string[] {
  const texts: string[] = [];
  PROGRAMME_SUBJECTS.forEach((subject, s) => PROGRAMME_KINDS.forEach((kind, k) => texts[k * PROGRAMME_SUBJECTS.length + s] = `${kind} ${subject}`));
  return texts.filter(Boolean);
}

const WARM_UP = 20;

async function main() {
  const mix = JSON.parse(process.argv[2] ?? "[]") as string[];
  const today = berlinDay();
  const generated = generatedTexts().map((text) => toQuery(`q=${encodeURIComponent(text)}`, today));
  const warmUp = generated.slice(0, WARM_UP);
  const timed = [...mix.map((queryString) => toQuery(queryString, today)), ...generated.slice(WARM_UP)];
  const engine = createPostgresEngine(db);
  const documents = await db.searchDocument.count();
  for (const query of warmUp) await engine.search(query);
  const latencies: number[] = [];
  for (const query of timed) {
    const started = performance.now();
    await engine.search(query);
    latencies.push(performance.now() - started);
  }
  console.log(`RESULT ${JSON.stringify({ documents, latencies })}`);
}

try {
  await main();
} catch (error) {
  console.error("[bench:search] engine measurement failed:", error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
