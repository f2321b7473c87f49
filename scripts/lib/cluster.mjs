// The production set-up of docs/deployment.md on loopback ports: N `next start` instances of the
// existing build, one worker, nginx in front (scripts/lib/nginx.mjs). Used by `npm run test:cluster`,
// `npm run test:faults` and `npm run bench:load`. Each process logs into `dir`.
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { appEnv } from "./app-env.mjs";
import { findFreePort, waitForHttp } from "./net.mjs";
import { startNginx } from "./nginx.mjs";
import { NEXT_BIN, startBackground, stopChild } from "./proc.mjs";

export const WORKER_ARGS = ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/worker.ts"];

export function tempDir(name) {
  return mkdtempSync(join(tmpdir(), `regiontrier-${name}-`));
}

/** A fresh key prefix, so a run sharing a Redis with others touches only its own keys. */
export const runKeyPrefix = (name) => `${name}-${Date.now().toString(36)}-${randomBytes(3).toString("hex")}:`;

/** Throws unless `next build` has run (the cluster runs the existing build). */
export function assertBuilt() {
  if (!existsSync(".next/BUILD_ID")) {
    throw new Error("No production build (.next/BUILD_ID): run `npm run test:e2e:prepare` (or `npm run build`) first.");
  }
}

function logTo(dir, name) {
  return createWriteStream(join(dir, `${name}.log`), { flags: "a" });
}

/** Starts a child whose stdout and stderr go to <dir>/<name>.log; `onLine` sees stderr lines. */
function startLogged(dir, name, command, args, env) {
  const child = startBackground(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const log = logTo(dir, name);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  child.once("exit", (code, signal) => log.end(`\n[exited: ${code ?? signal}]\n`));
  return child;
}

/** The last lines of a process's log, for a failure message. */
export function logTail(dir, name, lines = 30) {
  try {
    return readFileSync(join(dir, `${name}.log`), "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

/** Where an instance started with `requestLog` lists the requests it accepted (scripts/lib/request-log.cjs). */
export const requestLogPath = (dir, name) => join(dir, `${name}.requests.log`);

/**
 * One instance as deploy/systemd/regiontrier-web@.service starts it (same flags). `requestLog`:
 * also list every request it accepts, for tests that count them (not in production).
 */
export async function startWeb({ dir, name, port, env, requestLog = false }) {
  const nextArgs = [NEXT_BIN, "start", "--hostname", "127.0.0.1", "--port", String(port), "--keepAliveTimeout", "65000"];
  const args = requestLog ? ["--require", resolve("scripts/lib/request-log.cjs"), ...nextArgs] : nextArgs;
  const childEnv = requestLog ? { ...env, REQUEST_LOG_FILE: requestLogPath(dir, name) } : env;
  const child = startLogged(dir, name, process.execPath, args, childEnv);
  const url = `http://127.0.0.1:${port}`;
  const ok = await waitForHttp(`${url}/api/health`, { timeoutMs: 90_000, isAlive: () => child.exitCode === null });
  if (!ok) throw new Error(`${name} (${url}) did not become healthy:\n${logTail(dir, name)}`);
  return { name, child, url, port };
}

export function startWorker({ dir, name = "worker", env }) {
  const child = startLogged(dir, name, process.execPath, WORKER_ARGS, env);
  return new Promise((resolve, reject) => {
    let buffer = "";
    const onData = (chunk) => {
      buffer += chunk;
      if (/worker: working/.test(buffer)) {
        child.stderr.off("data", onData);
        resolve({ name, child });
      }
    };
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${name} exited (code ${code}):\n${logTail(dir, name)}`)));
  });
}

/**
 * Starts `instances` web instances, a worker and nginx against `databaseUrl`, sharing the page
 * cache in `redisUrl` under `keyPrefix`. Returns their URLs, the environment, and stop().
 * `requestLog`: the instances list the requests they accept (startWeb).
 */
export async function startCluster({ databaseUrl, redisUrl, keyPrefix, instances = 2, dir = tempDir("cluster"), extraEnv = {}, worker = true, basePort = 3900, requestLog = false }) {
  const nginxPort = await findFreePort(basePort);
  const ports = [];
  for (let i = 0; i < instances; i++) ports.push(await findFreePort((ports.at(-1) ?? nginxPort) + 1));
  const publicUrl = `http://127.0.0.1:${nginxPort}`;
  const env = {
    ...appEnv({ port: nginxPort, databaseUrl }),
    // The public address is nginx's, as in production (docs/deployment.md).
    SITE_URL: publicUrl,
    NEXTAUTH_URL: publicUrl,
    NODE_ENV: "production",
    TRUSTED_PROXIES: "1",
    REDIS_URL: redisUrl,
    CACHE_KEY_PREFIX: keyPrefix,
    APP_INTERNAL_URL: `http://127.0.0.1:${ports[0]}`,
    JOBS_POLL_SECONDS: "0.5",
    ...extraEnv,
  };
  const cluster = { dir, env, web: [], worker: null, nginx: null, publicUrl };
  cluster.stop = async () => {
    await stopChild(cluster.nginx?.child);
    await stopChild(cluster.worker?.child);
    for (const web of cluster.web) await stopChild(web.child);
  };
  try {
    // One after the other: two cold starts at once on two cores only slow each other down.
    for (const [i, port] of ports.entries()) {
      cluster.web.push(await startWeb({ dir, name: `web-${String.fromCharCode(97 + i)}`, port, env, requestLog }));
    }
    if (worker) cluster.worker = await startWorker({ dir, env });
    cluster.nginx = await startNginx({ listenPort: nginxPort, upstreamPorts: ports, dir: join(dir, "nginx") });
  } catch (error) {
    await cluster.stop();
    throw error;
  }
  return cluster;
}

/** Deletes this run's keys (SCAN, never FLUSHDB: the Redis may be shared). */
export async function deleteRedisKeys(redisUrl, keyPrefix) {
  const { createClient } = await import("redis");
  const client = createClient({ url: redisUrl });
  client.on("error", () => {});
  try {
    await client.connect();
    const keys = [];
    for await (const batch of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) keys.push(...[batch].flat());
    for (let i = 0; i < keys.length; i += 500) await client.del(keys.slice(i, i + 500));
  } catch {
    // Nothing to clean if Redis is gone; the keys expire by themselves.
  } finally {
    client.destroy();
  }
}

export function removeDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}
