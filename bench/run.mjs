// `npm run bench`: every benchmark in turn (page throughput, then search latency), each printing
// its table. Options go to the single benchmarks: `npm run bench:pages -- …`, `npm run bench:search -- …`.
// Exits non-zero when a benchmark missed a target or failed; the second still runs after a miss.
import { heading, npmRun } from "../scripts/lib/proc.mjs";

const benchmarks = [
  { script: "bench:pages", title: "Page throughput (bench/pages.mjs)" },
  { script: "bench:search", title: "Search latency (bench/search.mjs)" },
];

let failed = 0;
for (const { script, title } of benchmarks) {
  heading(title);
  const { code } = await npmRun(script);
  if (code !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
