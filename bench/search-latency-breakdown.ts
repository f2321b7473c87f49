// Latency of the PostgreSQL engine over a fixed query mix, per category (every search is answered
// by SQL anew: the engine keeps no cache). Not a test; run by hand:
//   DATABASE_URL=… npx tsx --conditions=react-server bench/search-latency-breakdown.ts [rounds] [--per-query]
// Use a database of your own: npm run db:seed -- --scale 100000 && npm run search:reindex.
import { db } from "@/lib/db/client";
import { berlinDay } from "@/lib/dates";
import { INDEXED_FACET_PARAMS, STATUS_FACET_PARAM } from "@/lib/facets/registry";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import type { SearchQuery } from "@/lib/search/types";

const ALL_FACETS = [...INDEXED_FACET_PARAMS, STATUS_FACET_PARAM];
const base: SearchQuery = { text: "", types: [], filters: {}, statuses: [], sort: "relevance", page: 1, pageSize: 20, facets: ["gebiet"], today: berlinDay() };

const MIX: Record<string, Partial<SearchQuery>[]> = {
  plain: ["Telemedizin", "Glasfaser Gewerbegebiete", "KI Förderung Handwerk Bitburg", "Onlinehandel", "Weinbau", "Robotik Handwerk", "Datenräume", "Cybersicherheit"].map((text) => ({ text })),
  broad: ["Handwerk", "Förderung", "Digitalisierung", "Software"].map((text) => ({ text })),
  typo: ["Digitalisirung Zuschuss", "Telemedzin", "Glasfasr", "Cybersicherhiet"].map((text) => ({ text })),
  prefix: ["digitalisieru", "Glasf", "Telemed", "Robot", "Weinb"].map((text) => ({ text })),
  filtered: [
    { text: "Digitalisierung", types: ["programme"], statuses: ["offen"] },
    { text: "Cloud", filters: { gebiet: ["vulkaneifel"] }, types: ["provider"] },
    { text: "Zuschuss Handwerk", filters: { foerderart: ["zuschuss"], zielgruppe: ["handwerk"] }, sort: "deadline" },
    { text: "Beratung", types: ["advisor"], filters: { beratungsform: ["video"] }, sort: "title" },
  ],
  facets: [
    { text: "Telemedizin", facets: ALL_FACETS },
    { text: "Webdesign Trier", facets: ALL_FACETS, filters: { gebiet: ["stadt-trier"], groesse: ["small"] } },
    { text: "", facets: ALL_FACETS, types: ["programme"], filters: { foerderart: ["zuschuss"] }, statuses: ["offen"] },
    { text: "", facets: ALL_FACETS },
  ],
};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const format = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(sorted, 95).toFixed(1).padStart(7)} ms   n=${values.length}`;
};

const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5);
const engine = createPostgresEngine(db);
const documents = await db.searchDocument.count();
// Warm-up: connections, plans, buffers.
for (const queries of Object.values(MIX)) for (const q of queries) await engine.search({ ...base, ...q });

const all: number[] = [];
console.log(`PostgreSQL engine, ${documents} documents, ${rounds} rounds`);
for (const [category, queries] of Object.entries(MIX)) {
  const times: number[] = [];
  const perQuery = queries.map(() => [] as number[]);
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, q] of queries.entries()) {
      const started = performance.now();
      await engine.search({ ...base, ...q });
      times.push(performance.now() - started);
      perQuery[i]!.push(performance.now() - started);
    }
  }
  all.push(...times);
  console.log(`${category.padEnd(9)} ${format(times)}`);
  if (process.argv.includes("--per-query")) queries.forEach((q, i) => console.log(`  ${JSON.stringify(q).slice(0, 60).padEnd(60)} ${format(perQuery[i]!)}`));
}
const suggest: number[] = [];
for (let round = 0; round < rounds; round += 1) {
  for (const prefix of ["Di", "Digit", "Glasf", "Mosel", "Handw"]) {
    const started = performance.now();
    await engine.suggest(prefix, 8);
    suggest.push(performance.now() - started);
  }
}
console.log(`${"all".padEnd(9)} ${format(all)}`);
console.log(`${"suggest".padEnd(9)} ${format(suggest)}`);
await db.$disconnect();
