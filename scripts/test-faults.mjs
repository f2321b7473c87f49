// `npm run test:faults` (not part of `npm test`; results in the README, "Cluster and fault tests"):
// the cluster of docs/deployment.md against a PRIVATE PostgreSQL cluster (initdb into a temp folder,
// its own port) and a private redis-server, which this script stops and starts. Never the shared
// servers. Data: a pg_dump of the e2e database (E2E_DATABASE_URL), restored into the private one;
// the existing production build. Scenarios:
//   1. PostgreSQL restarted under load: only 200 (cached) or the German 503 page while it is down,
//      all 200 again within 5 s after, no process exits;
//   2. Redis stopped under load: pages still served, no 5xx;
//   3. the worker killed (SIGKILL) in the middle of a job: the job runs again, the mail goes out;
//   4. SMTP unreachable: the mail stays pending and goes out once the server is back.
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import { join } from "node:path";
import { assertBuilt, logTail, removeDir, runKeyPrefix, startCluster, startWorker, tempDir } from "./lib/cluster.mjs";
import { DEFAULT_SERVER_URL, recreateDatabase, withDatabase } from "./lib/database.mjs";
import { startLoadLoop, statusCounts } from "./lib/load-loop.mjs";
import { startMailCatcher } from "./lib/mail-catcher.mjs";
import { findFreePort } from "./lib/net.mjs";
import { heading, run, stopAll, stopChild } from "./lib/proc.mjs";
import { startPrivatePostgres, startPrivateRedis } from "./lib/private-services.mjs";

const sourceUrl = process.env.E2E_DATABASE_URL || withDatabase(process.env.DATABASE_URL || DEFAULT_SERVER_URL, "regiontrier_e2e");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const results = [];
let failed = 0;
let privatePostgres = null;

// pg_ctl starts PostgreSQL detached: stop it on the way out, whatever ends this script.
async function shutdown(code) {
  await stopAll();
  await privatePostgres?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(130));
process.on("SIGTERM", () => void shutdown(143));

function report(name, ok, details) {
  if (!ok) failed += 1;
  results.push({ name, ok, details });
  console.log(`  ${ok ? "PASS" : "FAIL"}  ${name}\n        ${details}`);
}

async function query(url, sql, params = []) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function waitFor(what, check, timeoutMs) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await sleep(250);
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s`);
}

const alive = (cluster) => [...cluster.web, cluster.worker].every((p) => p.child.exitCode === null && p.child.signalCode === null);

async function copyDatabase(targetUrl, dir) {
  const dump = join(dir, "source.dump");
  let { code } = await run("/usr/lib/postgresql/15/bin/pg_dump", ["--format=custom", "--no-owner", `--file=${dump}`, `--dbname=${sourceUrl}`]);
  if (code !== 0) throw new Error("pg_dump of the e2e database failed");
  await recreateDatabase(targetUrl);
  ({ code } = await run("/usr/lib/postgresql/15/bin/pg_restore", ["--no-owner", "--exit-on-error", `--dbname=${targetUrl}`, dump]));
  if (code !== 0) throw new Error("pg_restore into the private cluster failed");
}

async function postgresRestart(cluster, pg, paths) {
  heading("1. PostgreSQL restarted under load");
  const load = startLoadLoop(cluster.publicUrl, paths);
  await sleep(3000);
  const down = Date.now();
  await pg.stop();
  await sleep(6000);
  await pg.start();
  const up = Date.now();
  await sleep(8000);
  const samples = await load.stop();
  const before = samples.filter((s) => s.at < down);
  const during = samples.filter((s) => s.at >= down && s.at < up);
  const after = samples.filter((s) => s.at >= up + 5000);
  const bad = during.filter((s) => !(s.status === 200 || s.outagePage));
  const firstOk = samples.filter((s) => s.at >= up && s.status === 200 && s.path.startsWith("/suche")).map((s) => s.at + s.ms - up)[0];
  report(
    "PostgreSQL down: only 200 (cached) or the German 503 page with a retry hint",
    bad.length === 0 && during.some((s) => s.outagePage),
    `before ${JSON.stringify(statusCounts(before))}; while down ${JSON.stringify(statusCounts(during))} (${during.filter((s) => s.outagePage).length} outage pages, ${bad.length} other answers${bad.length ? `: ${JSON.stringify(bad.slice(0, 3).map((s) => [s.path, s.status, s.length]))}` : ""})`,
  );
  report(
    "PostgreSQL back: all 200 within 5 s, no process exited",
    after.length > 0 && after.every((s) => s.status === 200) && alive(cluster),
    `from 5 s after the start ${JSON.stringify(statusCounts(after))}; first uncached page (search) 200 after ${firstOk ?? "–"} ms; processes alive: ${alive(cluster)}`,
  );
}

async function redisStop(cluster, redis, paths) {
  heading("2. Redis stopped under load");
  const load = startLoadLoop(cluster.publicUrl, paths);
  await sleep(2000);
  const down = Date.now();
  await redis.stop();
  await sleep(6000);
  const health = await fetch(`${cluster.web[0].url}/api/health`);
  const healthBody = await health.json();
  await redis.start();
  const up = Date.now();
  await sleep(4000);
  const samples = await load.stop();
  const during = samples.filter((s) => s.at >= down && s.at < up);
  const errors = samples.filter((s) => s.status >= 500 || s.status === 0);
  // The instance stays in the load balancer's pool: "degraded", but 200 (app/api/health/route.ts).
  const healthDegraded = health.status === 200 && healthBody.status === "degraded" && healthBody.redis?.status === "error";
  report(
    "Redis down: pages served without the shared cache, no 5xx, /api/health 200 degraded",
    errors.length === 0 && during.length > 0 && healthDegraded && alive(cluster),
    `while down ${JSON.stringify(statusCounts(during))}; whole run ${JSON.stringify(statusCounts(samples))}; /api/health while down: ${health.status} redis=${healthBody.redis?.status}`,
  );
}

async function mailStatus(databaseUrl, id) {
  const [row] = await query(databaseUrl, `SELECT status, attempts FROM "MailMessage" WHERE id = $1`, [id]);
  return row;
}

async function queueMail(cluster, to) {
  const { code, output } = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/faults/queue-mail.ts", to], {
    env: cluster.env,
    quiet: true,
  });
  if (code !== 0) throw new Error("queueing a mail failed");
  return output.trim().split("\n").at(-1);
}

const caught = (dir, to) => readdirSync(dir).filter((f) => f.endsWith(".eml")).some((f) => readFileSync(join(dir, f), "utf8").includes(to));

async function workerKilled(cluster, mail, databaseUrl) {
  heading("3. The worker killed (SIGKILL) in the middle of a job");
  // An SMTP server that accepts and never answers: the delivery hangs until the worker is killed.
  await stopChild(mail.child);
  const sockets = new Set();
  const blackHole = net.createServer((socket) => sockets.add(socket));
  await new Promise((resolve) => blackHole.listen(mail.smtpPort, "127.0.0.1", resolve));
  const to = `kill-${Date.now()}@example.org`;
  const id = await queueMail(cluster, to);
  await waitFor("the mail job running", async () => (await query(databaseUrl, `SELECT 1 FROM pgboss.job WHERE name = 'mail.deliver' AND data->>'mailId' = $1 AND state = 'active'`, [id])).length > 0, 20_000);
  cluster.worker.child.kill("SIGKILL");
  const killed = Date.now();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => blackHole.close(resolve));
  mail.child = (await startMailCatcher({ smtpPort: mail.smtpPort, dir: mail.dir })).child;
  cluster.worker = await startWorker({ dir: cluster.dir, name: "worker-2", env: cluster.env });
  let took;
  try {
    took = await waitFor("the mail sent by the new worker", async () => (await mailStatus(databaseUrl, id))?.status === "SENT", 90_000);
  } catch (error) {
    report("worker killed mid-job: the job runs again, the mail goes out", false, `${error.message}; ${JSON.stringify(await mailStatus(databaseUrl, id))}\n${logTail(cluster.dir, "worker-2", 10)}`);
    return;
  }
  const [job] = await query(databaseUrl, `SELECT state, retry_count FROM pgboss.job WHERE name = 'mail.deliver' AND data->>'mailId' = $1`, [id]);
  report(
    "worker killed mid-job: the job runs again, the mail goes out",
    caught(mail.dir, to),
    `sent ${Math.round((Date.now() - killed) / 1000)} s after the kill (JOBS_EXPIRE_SECONDS=${cluster.env.JOBS_EXPIRE_SECONDS}; waited ${took} ms for SENT); job ${job?.state}, retry_count ${job?.retry_count}; in the catcher: ${caught(mail.dir, to)}`,
  );
}

async function smtpDown(cluster, mail, databaseUrl) {
  heading("4. SMTP unreachable");
  await stopChild(mail.child);
  const to = `smtp-${Date.now()}@example.org`;
  const id = await queueMail(cluster, to);
  await sleep(8000);
  const meanwhile = await mailStatus(databaseUrl, id);
  const stopped = Date.now();
  mail.child = (await startMailCatcher({ smtpPort: mail.smtpPort, dir: mail.dir })).child;
  let took = null;
  try {
    took = await waitFor("the mail sent once SMTP is back", async () => (await mailStatus(databaseUrl, id))?.status === "SENT", 90_000);
  } catch {
    // reported below
  }
  report(
    "SMTP unreachable: the mail stays pending and goes out when it is back",
    meanwhile?.status === "PENDING" && took !== null && caught(mail.dir, to),
    `after 8 s without SMTP: ${JSON.stringify(meanwhile)}; sent ${took === null ? "never" : `${Math.round((Date.now() - stopped) / 1000)} s after SMTP came back`}`,
  );
}

async function main() {
  assertBuilt();
  const dir = tempDir("faults");
  chmodSync(dir, 0o755);
  for (const sub of ["pg", "redis", "mail", "cluster"]) mkdirSync(join(dir, sub), { recursive: true });
  heading("Private PostgreSQL and Redis");
  const pg = await startPrivatePostgres(join(dir, "pg"));
  privatePostgres = pg;
  const redis = await startPrivateRedis(join(dir, "redis"));
  const databaseUrl = withDatabase(pg.url, "regiontrier_faults");
  console.log(`PostgreSQL on port ${pg.port}, Redis on port ${redis.port}; copying ${sourceUrl.replace(/\/\/[^@]*@/, "//")} into it`);
  try {
    await copyDatabase(databaseUrl, dir);
    const mail = { smtpPort: await findFreePort(56_025), dir: join(dir, "mail") };
    mail.child = (await startMailCatcher({ smtpPort: mail.smtpPort, dir: mail.dir })).child;
    heading("Two instances, a worker and nginx");
    const cluster = await startCluster({
      databaseUrl,
      redisUrl: redis.url,
      keyPrefix: runKeyPrefix("faults"),
      dir: join(dir, "cluster"),
      basePort: 3960,
      extraEnv: {
        SMTP_URL: `smtp://127.0.0.1:${mail.smtpPort}`,
        JOBS_EXPIRE_SECONDS: "10",
        JOBS_SUPERVISE_SECONDS: "2",
        JOBS_RETRY_DELAY_SECONDS: "1",
        JOBS_RETRY_LIMIT: "12",
      },
    });
    const html = await (await fetch(`${cluster.publicUrl}/foerderprogramme`)).text();
    const detail = /href="(\/foerderprogramme\/[a-z0-9-]+)"/.exec(html)?.[1];
    const paths = ["/", "/foerderprogramme", detail, "/berater", "/datenschutz", "/suche?q=digital", "/foerderprogramme?q=beratung"];
    for (const path of paths) await fetch(`${cluster.publicUrl}${path}`);

    await postgresRestart(cluster, pg, paths);
    await redisStop(cluster, redis, paths);
    await workerKilled(cluster, mail, databaseUrl);
    await smtpDown(cluster, mail, databaseUrl);
    await cluster.stop();
  } finally {
    await stopAll();
    await pg.stop().catch(() => {});
  }
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/faults.json", JSON.stringify(results, null, 2));
  if (failed === 0) removeDir(dir);
  else console.log(`Logs: ${dir}`);
  console.log(`Fault tests: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch(async (error) => {
  console.error(`\nFault tests failed: ${error.message}`);
  await shutdown(1);
});
