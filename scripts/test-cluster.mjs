// `npm run test:cluster`: the set-up of docs/deployment.md, proven on this machine. Two `next start`
// instances of the existing build, one worker, nginx rendered from deploy/nginx/regiontrier.conf,
// Redis (E2E_REDIS_URL, a key prefix of this run) and the e2e database (E2E_DATABASE_URL, prepared
// and built against by `npm run test:e2e:prepare` or the e2e stage of `npm test`). Then:
//   - tests/cluster/*.spec.ts (Playwright): A → B within 1 s, sessions, lockout, search, nginx, one
//     hop per request for rewritten pages (the instances list their requests: requestLog);
//   - the maintenance page when no instance answers;
//   - backup and restore (pg_dump → pg_restore → the portal on the copy).
// Prints one PASS/FAIL line per check, ends with `Cluster tests: N passed, N failed`, writes the
// counts to test-results/cluster.json and exits non-zero on any failure.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assertBuilt, deleteRedisKeys, logTail, removeDir, requestLogPath, runKeyPrefix, startCluster, tempDir } from "./lib/cluster.mjs";
import { DEFAULT_SERVER_URL, withDatabase } from "./lib/database.mjs";
import { accessLogPath, ensureNginx } from "./lib/nginx.mjs";
import { heading, run, stopAll, stopChild } from "./lib/proc.mjs";
import { dumpRestoreAndServe } from "./lib/restore-check.mjs";
import { clearReport, playwrightCounts } from "./lib/test-counts.mjs";

const serverUrl = process.env.DATABASE_URL || DEFAULT_SERVER_URL;
const databaseUrl = process.env.E2E_DATABASE_URL || withDatabase(serverUrl, "regiontrier_e2e");
const redisUrl = process.env.E2E_REDIS_URL || "redis://127.0.0.1:6379/0";
const keyPrefix = runKeyPrefix("cluster");
// nginx's port; the instances take the next free ones. Another value keeps parallel runs apart: the
// ports are picked up front, and nginx binds its own only once the instances are up.
const basePort = Number(process.env.CLUSTER_BASE_PORT || 3900);
const REPORT = "test-results/cluster-playwright.json";
const counts = { passed: 0, failed: 0 };
const dir = tempDir("cluster");

process.on("SIGINT", () => stopAll().then(() => process.exit(130)));
process.on("SIGTERM", () => stopAll().then(() => process.exit(143)));

/** One check of this script: a PASS or FAIL line. */
async function check(name, fn) {
  try {
    await fn();
    counts.passed += 1;
    console.log(`  PASS  ${name}`);
  } catch (error) {
    counts.failed += 1;
    console.log(`  FAIL  ${name}\n        ${error.message.split("\n").join("\n        ")}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function finish() {
  await stopAll();
  await deleteRedisKeys(redisUrl, keyPrefix);
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/cluster.json", JSON.stringify(counts));
  if (counts.failed === 0) removeDir(dir);
  else console.log(`Logs of the processes: ${dir}`);
  console.log(`Cluster tests: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed === 0 && counts.passed > 0 ? 0 : 1);
}

let cluster;
try {
  assertBuilt();
  await ensureNginx();
  heading("Starting two instances, a worker and nginx");
  const started = Date.now();
  // requestLog: the instances list the requests they accept, so that hops.spec.ts can count them.
  cluster = await startCluster({ databaseUrl, redisUrl, keyPrefix, dir, basePort, requestLog: true });
  const [a, b] = cluster.web;
  console.log(`A ${a.url}, B ${b.url}, nginx ${cluster.publicUrl} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  heading("Cluster specs (tests/cluster, Playwright)");
  clearReport(REPORT);
  const env = {
    CLUSTER_URL_A: a.url,
    CLUSTER_URL_B: b.url,
    CLUSTER_URL_NGINX: cluster.publicUrl,
    CLUSTER_NGINX_ACCESS_LOG: accessLogPath(join(dir, "nginx")),
    CLUSTER_REQUEST_LOGS: cluster.web.map((web) => requestLogPath(dir, web.name)).join(","),
    PLAYWRIGHT_JSON_OUTPUT_FILE: REPORT,
  };
  const result = await run("node_modules/.bin/playwright", ["test", "--config", "tests/cluster/playwright.config.ts"], { env, capture: true });
  const specs = playwrightCounts(REPORT, result.output);
  counts.passed += specs.passed;
  counts.failed += specs.failed + (result.code !== 0 && specs.failed === 0 ? 1 : 0);

  heading("No instance answers: nginx's maintenance page");
  for (const web of cluster.web) await stopChild(web.child);
  await check("nginx answers 503 with the German maintenance page and Retry-After", async () => {
    const response = await fetch(`${cluster.publicUrl}/foerderprogramme`);
    const text = await response.text();
    assert(response.status === 503, `status ${response.status}, expected 503`);
    assert(response.headers.get("retry-after") === "60", `Retry-After: ${response.headers.get("retry-after")}`);
    assert(text.includes('lang="de"') && text.includes("gleich wieder für Sie da"), "not the maintenance page");
  });
  await cluster.stop();

  heading("Backup and restore (pg_dump → pg_restore → the portal on the copy)");
  await check("a restored dump serves a programme page and /api/health with 200", async () => {
    const restored = await dumpRestoreAndServe({ sourceUrl: databaseUrl, dir, env: cluster.env });
    assert(restored.detail === 200, `/foerderprogramme/${restored.slug} answered ${restored.detail}\n${logTail(dir, "web-restored")}`);
    assert(restored.health === 200, `/api/health answered ${restored.health}`);
  });
} catch (error) {
  counts.failed += 1;
  console.log(`  FAIL  ${error.message}`);
}
await finish();
