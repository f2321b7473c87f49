// `npm run bench:load` (also part of `npm run bench`): the cluster of docs/deployment.md under load.
// Two `next start` instances, a worker and nginx (scripts/lib/cluster.mjs), mixed traffic through
// nginx (start page, faceted lists, text searches, details, the open data API) at 64 connections
// for 60 s, then the static page (/datenschutz) through the same nginx for comparison. Counts
// errors and unexpected non-2xx answers, prints req/s and p50/p95/p99 of both.
// Targets: no errors, no non-2xx; mixed p95 ≤ 1000 ms and p99 ≤ 2000 ms; mixed req/s ≥ 20 % of the
// static page's (most of the mix is rendered per request or read from Redis, the static page is not).
//
// Options: --duration <s> (60) --connections <n> (64) --static-duration <s> (20) --skip-build
// --keep-database (reuse the database as it is). BENCH_DATABASE_URL (default regiontrier_bench on
// the server of DATABASE_URL, recreated unless --keep-database); BENCH_REDIS_URL (default
// E2E_REDIS_URL, else redis://127.0.0.1:6379/0), under a key prefix of this run.
import autocannon from "autocannon";
import { parseArgs } from "node:util";
import { deleteRedisKeys, removeDir, runKeyPrefix, startCluster, tempDir } from "../scripts/lib/cluster.mjs";
import { withDatabase } from "../scripts/lib/database.mjs";
import { heading, stopAll } from "../scripts/lib/proc.mjs";
import { ms, summarize } from "./lib/percentiles.mjs";
import { detailPaths } from "./lib/detail-paths.mjs";
import { prepareBench } from "./lib/prepare.mjs";
import { printTable } from "./lib/table.mjs";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "64" },
    "static-duration": { type: "string", default: "20" },
    "skip-build": { type: "boolean", default: false },
    "keep-database": { type: "boolean", default: false },
  },
});
const TARGETS = { p95: 1000, p99: 2000, share: 0.2 };
const databaseUrl = process.env.BENCH_DATABASE_URL ?? withDatabase(process.env.DATABASE_URL, "regiontrier_bench");
const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379/0";
const keyPrefix = runKeyPrefix("bench-load");

async function entryPaths(base, listPath, count) {
  const paths = detailPaths(await (await fetch(`${base}${listPath}`)).text(), listPath);
  if (paths.length === 0) throw new Error(`no detail link on ${listPath}`);
  return [...new Set(paths)].slice(0, count);
}

/** The mix: what visitors and API clients ask for, each path once per round of a connection. */
async function mixedPaths(base) {
  return [
    "/",
    "/foerderprogramme",
    "/foerderprogramme?foerderart=zuschuss&status=offen",
    "/foerderprogramme?foerderart=zuschuss&zielgruppe=kmu&status=offen&gebiet=vulkaneifel&sortierung=a-z&seite=2",
    "/berater?thema=ki-innovation&gebiet=stadt-trier",
    "/dienstleister?leistung=website-shop&gebiet=trier-saarburg",
    "/fristen?foerderart=zuschuss",
    "/suche?q=digitalisierung",
    "/suche?q=webshop+trier",
    "/foerderprogramme?q=beratung",
    ...(await entryPaths(base, "/foerderprogramme", 4)),
    ...(await entryPaths(base, "/berater", 2)),
    ...(await entryPaths(base, "/dienstleister", 2)),
    "/api/v1/programmes?foerderart=zuschuss&status=offen&limit=20",
    "/api/v1/providers?leistung=website-shop",
  ];
}

/** One autocannon run over `paths` (in turn on every connection), with every response's latency. */
async function measure(base, paths, { connections, durationSeconds }) {
  const latencies = [];
  const statuses = {};
  const instance = autocannon({
    url: base,
    connections,
    duration: durationSeconds,
    // As a browser asks: nginx then compresses every answer (brotli), a cost real traffic has.
    headers: { "accept-encoding": "br, gzip" },
    requests: paths.map((path) => ({ method: "GET", path })),
  });
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  return {
    requestsPerSecond: result.requests.total / durationSeconds,
    ...summarize(latencies),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses,
    total: result.requests.total,
  };
}

async function main() {
  const dir = tempDir("bench-load");
  await prepareBench({ databaseUrl, port: 3900, keepDatabase: options["keep-database"], skipBuild: options["skip-build"] });
  heading("Two instances, a worker and nginx");
  // The API's request limit would answer the load with 429s from one client: lifted for the bench.
  const cluster = await startCluster({ databaseUrl, redisUrl, keyPrefix, dir, extraEnv: { API_RATE_LIMIT_PER_MINUTE: "1000000" } });
  const base = cluster.publicUrl;
  const paths = await mixedPaths(base);
  // First renders and cache fills out of the measurement.
  for (const path of [...paths, "/datenschutz"]) await (await fetch(`${base}${path}`)).arrayBuffer();

  const connections = Number(options.connections);
  heading(`Mixed traffic: ${paths.length} paths, ${connections} connections, ${options.duration} s, through nginx`);
  const mixed = await measure(base, paths, { connections, durationSeconds: Number(options.duration) });
  heading(`Static page (/datenschutz): ${connections} connections, ${options["static-duration"]} s, through nginx`);
  const staticPage = await measure(base, ["/datenschutz"], { connections, durationSeconds: Number(options["static-duration"]) });
  await stopAll();
  await deleteRedisKeys(redisUrl, keyPrefix);
  removeDir(dir);

  const share = mixed.requestsPerSecond / staticPage.requestsPerSecond;
  const verdicts = {
    errors: mixed.errors === 0 && mixed.non2xx === 0,
    p95: mixed.p95 <= TARGETS.p95,
    p99: mixed.p99 <= TARGETS.p99,
    share: share >= TARGETS.share,
  };
  heading("Results");
  const row = (label, r) => [label, r.total, Math.round(r.requestsPerSecond), ms(r.p50), ms(r.p95), ms(r.p99), r.errors, r.non2xx];
  printTable(["traffic", "requests", "req/s", "p50", "p95", "p99", "errors", "non-2xx"], [row("mixed", mixed), row("static page", staticPage)]);
  console.log(`\nStatus codes of the mix: ${JSON.stringify(mixed.statuses)}`);
  printTable(
    ["target", "measured", "verdict"],
    [
      ["no errors, no non-2xx", `${mixed.errors} errors, ${mixed.non2xx} non-2xx`, verdicts.errors ? "met" : "MISSED"],
      [`mixed p95 ≤ ${TARGETS.p95} ms`, ms(mixed.p95), verdicts.p95 ? "met" : "MISSED"],
      [`mixed p99 ≤ ${TARGETS.p99} ms`, ms(mixed.p99), verdicts.p99 ? "met" : "MISSED"],
      [`mixed ≥ ${TARGETS.share * 100} % of the static page's req/s`, `${Math.round(share * 100)} %`, verdicts.share ? "met" : "MISSED"],
    ],
  );
  process.exit(Object.values(verdicts).every(Boolean) ? 0 : 1);
}

main().catch(async (error) => {
  console.error(`\nBenchmark failed: ${error.message}`);
  await stopAll();
  await deleteRedisKeys(redisUrl, keyPrefix);
  process.exit(1);
});
