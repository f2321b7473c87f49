// Relevance half of `npm run bench:search` (bench/search.mjs starts it on the demo data):
//   tsx --conditions=react-server bench/search-relevance.ts
// Runs the relevance set of tests/integration/search/relevance-cases.ts (the one `npm test` checks)
// through the PostgreSQL engine and prints "RESULT {json}" with the hits and the cases missed.
import { db } from "@/lib/db/client";
import { berlinDay } from "@/lib/dates";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import { placeOf, RELEVANCE_CASES } from "../tests/integration/search/relevance-cases";

try {
  const engine = createPostgresEngine(db);
  const today = berlinDay();
  const missed: string[] = [];
  for (const testCase of RELEVANCE_CASES) {
    if ((await placeOf(engine, testCase, today)) === null) missed.push(`${testCase.kind}: "${testCase.text}" → ${testCase.expected}`);
  }
  console.log(`RESULT ${JSON.stringify({ cases: RELEVANCE_CASES.length, hits: RELEVANCE_CASES.length - missed.length, missed })}`);
} catch (error) {
  console.error("[bench:search] relevance measurement failed:", error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
