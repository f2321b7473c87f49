// `npm test`: everything CI checks, in order, stopping at the first failure.
//
//   dependencies (npm ci when needed, db:generate, Chromium from apt when missing)
//   → drift check → typecheck → lint → unit → integration (regiontrier_test, prepared by
//   vitest's global setup) → e2e database (regiontrier_e2e: fresh, migrated, seeded)
//   → next build (against it: pages may prerender from the DB) → Playwright against next start,
//   which mails to a local catcher (scripts/mail-catcher.mjs) that the tests read links from
//   → the cluster tests (scripts/test-cluster.mjs: the same build and database, two instances
//   behind nginx, backup and restore).
//
// DATABASE_URL, if set, only names the server: the test databases live on it under their own names
// (TEST_DATABASE_URL and E2E_DATABASE_URL override them, so two checkouts can test side by side).
// The last line is always `Tests: N passed, N failed`. Node built-ins only until `npm ci` has run.
import { existsSync } from "node:fs";
import { appEnv } from "./lib/app-env.mjs";
import { clearDataCache } from "./lib/build-stamp.mjs";
import { checkServer, DEFAULT_SERVER_URL, prepareFreshDatabase, redact, withDatabase } from "./lib/database.mjs";
import { findFreePort, isPortOpen } from "./lib/net.mjs";
import { heading, npmRun, stopAll } from "./lib/proc.mjs";
import { ensureChromium, ensureDependencies } from "./lib/setup.mjs";
import { clearReport, clusterCounts, playwrightCounts, vitestCounts } from "./lib/test-counts.mjs";

const serverUrl = process.env.DATABASE_URL || DEFAULT_SERVER_URL;
const testDatabaseUrl = process.env.TEST_DATABASE_URL || withDatabase(serverUrl, "regiontrier_test");
const e2eDatabaseUrl = process.env.E2E_DATABASE_URL || withDatabase(serverUrl, "regiontrier_e2e");
// The e2e servers keep their page cache in Redis, as several production instances do (a key prefix
// per run: playwright.config.ts). The build and the other stages need no Redis.
const e2eRedisUrl = process.env.E2E_REDIS_URL || "redis://127.0.0.1:6379/0";
const ESLINT_CONFIGS = ["js", "mjs", "cjs", "ts", "mts", "cts"].map((ext) => `eslint.config.${ext}`);

const stages = [];
const counts = { passed: 0, failed: 0 };
let e2eEnv;

function finish(exitCode) {
  console.log(`\n${"=".repeat(64)}\nSummary`);
  for (const { name, status, seconds, note } of stages) {
    console.log(`  ${status.padEnd(7)} ${name.padEnd(34)} ${`${seconds.toFixed(1)} s`.padStart(8)}${note ? `  ${note}` : ""}`);
  }
  if (exitCode !== 0) console.log("\nFAILED: see the first failing stage above.");
  console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed`);
  process.exit(exitCode);
}

process.on("SIGINT", () => stopAll().then(() => process.exit(130)));
process.on("SIGTERM", () => stopAll().then(() => process.exit(143)));

/** Runs one stage; fn resolves to { ok, note } (or throws). Stops everything on failure. */
async function stage(name, fn) {
  heading(name);
  const started = Date.now();
  let result;
  try {
    result = await fn();
  } catch (error) {
    console.error(error.message);
    result = { ok: false, note: error.message.split("\n")[0] };
  }
  const status = result.ok ? (result.skipped ? "skipped" : "passed") : "FAILED";
  stages.push({ name, status, seconds: (Date.now() - started) / 1000, note: result.note });
  if (!result.ok) finish(1);
}

const npmStage = (script, env) => async () => ({ ok: (await npmRun(script, [], { env })).code === 0 });

/** Adds a runner's counts; a run that failed outside any test (import error, setup) counts as one failure. */
function record({ code }, { passed, failed, source }) {
  counts.passed += passed;
  counts.failed += failed;
  let note = `${passed} passed, ${failed} failed`;
  if (source === "summary") note += " (from the printed summary)";
  if (code !== 0 && failed === 0) {
    counts.failed += 1;
    note += "; the run failed outside of tests (counted as 1 failure)";
  }
  return { ok: code === 0, note };
}

const vitestStage = (project, env) => async () => {
  const report = `test-results/vitest-${project}.json`;
  clearReport(report);
  const args = ["--reporter=default", "--reporter=json", `--outputFile.json=${report}`];
  const result = await npmRun(`test:${project}`, args, { env, capture: true });
  return record(result, vitestCounts(report, result.output));
};

await stage("Dependencies and Prisma client", async () => {
  await ensureDependencies();
  await ensureChromium();
  return { ok: true };
});

await stage("PostgreSQL server", async () => {
  const error = await checkServer(serverUrl);
  if (error) {
    console.error(`PostgreSQL at ${redact(serverUrl)} does not answer: ${error}`);
    console.error("Start it (e.g. pg_ctlcluster --skip-systemctl-redirect 15 main start) or set DATABASE_URL.");
  } else {
    console.log(`PostgreSQL answers at ${redact(serverUrl)}.`);
  }
  return { ok: !error, note: error ?? undefined };
});

await stage("Redis server", async () => {
  const { hostname, port } = new URL(e2eRedisUrl);
  const open = await isPortOpen(Number(port || 6379), hostname);
  if (!open) console.error(`Redis at ${hostname}:${port || 6379} does not answer (E2E_REDIS_URL); the e2e run caches pages there.`);
  return { ok: open, note: open ? undefined : "not reachable" };
});

// The drift check diffs migrations against schema.prisma in a scratch database on this server.
await stage("Migration drift check", npmStage("db:migrate:check", { DATABASE_URL: testDatabaseUrl }));
await stage("Typecheck", npmStage("typecheck"));
await stage("Lint", async () => {
  if (!ESLINT_CONFIGS.some((file) => existsSync(file))) {
    console.log("SKIPPED: no eslint.config.* in the repository.");
    return { ok: true, skipped: true, note: "no eslint.config.*" };
  }
  return npmStage("lint")();
});
await stage("Unit tests", vitestStage("unit"));
await stage("Integration tests", vitestStage("integration", { TEST_DATABASE_URL: testDatabaseUrl }));

await stage("E2E database", async () => {
  const port = await findFreePort(Number(process.env.E2E_PORT ?? 3100));
  e2eEnv = {
    ...appEnv({ port, databaseUrl: e2eDatabaseUrl }),
    E2E_PORT: String(port),
    // playwright.config.ts starts the mail catcher the app sends to on this port.
    E2E_SMTP_PORT: String(await findFreePort(port + 1000)),
    E2E_DATABASE_URL: e2eDatabaseUrl,
    E2E_REDIS_URL: e2eRedisUrl,
  };
  await prepareFreshDatabase(e2eDatabaseUrl, e2eEnv);
  // Cached query results from an earlier run or the demo would hide the fresh data.
  clearDataCache();
  return { ok: true, note: `${redact(e2eDatabaseUrl)}, app on port ${port}` };
});
await stage("Production build (next build)", npmStage("build", e2eEnv));
// The framework's floor for the weight budgets (tests/e2e/weight.spec.ts): a page without any client
// component of ours, built by the same Next.js (tests/weight/floor-app).
await stage("Framework floor build (weight budgets)", npmStage("build:floor", { NEXT_TELEMETRY_DISABLED: "1" }));
await stage("E2E tests (Playwright, Chromium)", async () => {
  const report = "test-results/playwright.json";
  clearReport(report);
  const result = await npmRun("test:e2e", [], { env: { ...e2eEnv, PLAYWRIGHT_JSON_OUTPUT_FILE: report }, capture: true });
  return record(result, playwrightCounts(report, result.output));
});

// The same build and database as the e2e stage: two instances, a worker and nginx from deploy/
// (docs/deployment.md), plus backup and restore. Installs nginx with apt when it is missing.
await stage("Cluster tests (two instances, nginx)", async () => {
  const report = "test-results/cluster.json";
  clearReport(report);
  const result = await npmRun("test:cluster", [], { env: e2eEnv, capture: true });
  return record(result, clusterCounts(report, result.output));
});

if (counts.passed + counts.failed === 0) {
  console.error("\nNo tests ran: that is a failure, not a pass.");
  finish(1);
}
finish(counts.failed === 0 ? 0 : 1);
