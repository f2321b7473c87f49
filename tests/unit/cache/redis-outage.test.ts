// An edit while Redis is away: the revalidation fails, and the instance repeats it once Redis is
// back, so a page kept through the outage (here: Redis restarted from its append-only file) is not
// served stale afterwards. Runs a Redis server of its own (TEST_OUTAGE_REDIS_PORT, default 3599).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, expect, it, vi } from "vitest";

const require = createRequire(import.meta.url);
const port = Number(process.env.TEST_OUTAGE_REDIS_PORT ?? 3599);
let dir = "";
let server: ChildProcess | undefined;

async function startRedis() {
  server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "yes", "--appendfsync", "always"], { stdio: "ignore" });
  const probe = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: 100 } });
  probe.on("error", () => {});
  await probe.connect();
  return probe;
}

async function stopRedis() {
  const exited = new Promise((resolve) => server!.once("exit", resolve));
  server!.kill("SIGTERM");
  await exited;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "redis-outage-"));
});

afterAll(async () => {
  if (server && server.exitCode === null) await stopRedis();
  await rm(dir, { recursive: true, force: true });
  delete process.env.REDIS_URL;
  delete process.env.CACHE_KEY_PREFIX;
});

it("repeats a revalidation that failed during an outage when Redis is back", async () => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "info").mockImplementation(() => {});
  let probe = await startRedis();
  process.env.REDIS_URL = `redis://127.0.0.1:${port}/0`;
  process.env.CACHE_KEY_PREFIX = "outage:";
  const CacheHandler = require("../../../lib/cache/page-cache-handler.cjs");
  const handler = new CacheHandler({ serverDistDir: join(dir, "server"), dev: false });
  const page = { kind: "APP_PAGE", html: "<p>Offen</p>", headers: { "x-next-cache-tags": "programmes,programme:x" }, status: 200, rscData: Buffer.from("x") };
  await handler.set("/foerderprogramme/x", page, { cacheControl: { revalidate: 3600 } });
  expect(await probe.exists("outage:/foerderprogramme/x")).toBe(1);
  probe.destroy();

  await stopRedis();
  await expect(handler.revalidateTag(["programme:x"])).resolves.toBeUndefined(); // the edit goes on

  probe = await startRedis();
  // Redis came back with the old page (append-only file): without the repeat it would be served.
  expect(await probe.exists("outage:/foerderprogramme/x")).toBe(1);
  await expect.poll(() => probe.exists("outage:/foerderprogramme/x"), { timeout: 20_000, interval: 200 }).toBe(0);
  expect(await handler.get("/foerderprogramme/x", { softTags: [] })).toBeNull();
  probe.destroy();
}, 40_000);
