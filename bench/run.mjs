// `npm run bench`: every benchmark in turn (page throughput, Lighthouse, search latency, the cluster under load), each printing
// its table. Options go to the single benchmarks: `npm run bench:pages -- …`, `npm run bench:search -- …`.
// Exits non-zero when a benchmark missed a target or failed; the second still runs after a miss.
import { heading, npmRun } from "../scripts/lib/proc.mjs";

const benchmarks = [
  { script: "bench:pages", title: "Page throughput (bench/pages.mjs)" },
  // The same build and database as bench:pages. The median of five runs per page: a single run on a
  // shared 2-core machine scatters by a few points, and Lighthouse's docs/variability.md finds the
  // median of five about half as variable as one run (the median of three still missed by 1-3).
  { script: "bench:lighthouse", title: "Lighthouse, mobile preset (bench/lighthouse.mjs)", args: ["--skip-build", "--keep-database", "--runs", "5"] },
  { script: "bench:search", title: "Search latency (bench/search.mjs)" },
  // bench:pages has just prepared regiontrier_bench and built against it: the load bench reuses both.
  { script: "bench:load", title: "Two instances behind nginx under mixed load (bench/load.mjs)", args: ["--skip-build", "--keep-database"] },
];

let failed = 0;
for (const { script, title, args = [] } of benchmarks) {
  heading(title);
  const { code } = await npmRun(script, args);
  if (code !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
