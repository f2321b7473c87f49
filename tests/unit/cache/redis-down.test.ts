// Redis unreachable must not take pages down: the handler answers "miss" (Next renders the page),
// swallows writes and revalidations, and logs the outage once, without a stack.
import { createRequire } from "node:module";
import { afterAll, expect, it, vi } from "vitest";

const require = createRequire(import.meta.url);

afterAll(() => {
  delete process.env.REDIS_URL;
});

it("serves misses, accepts writes and logs once while Redis does not answer", async () => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  // Port 1 on the loopback: connections are refused at once.
  process.env.REDIS_URL = "redis://127.0.0.1:1/5";
  const CacheHandler = require("../../../lib/cache/page-cache-handler.cjs");
  const handler = new CacheHandler({ serverDistDir: "/nonexistent/server", dev: false });
  const started = Date.now();
  const page = { kind: "APP_PAGE", html: "<p>x</p>", headers: {}, status: 200, rscData: Buffer.from("x") };
  await expect(handler.set("/foerderprogramme/x", page, { cacheControl: { revalidate: 3600 } })).resolves.toBeUndefined();
  await expect(handler.get("/foerderprogramme/x", { softTags: [] })).resolves.toBeNull();
  await expect(handler.revalidateTag(["programme:x"])).resolves.toBeUndefined();
  await expect(handler.get("/foerderprogramme/x", { softTags: [] })).resolves.toBeNull();
  // Only the start waits (CONNECT_WAIT_MS), the requests themselves fail fast.
  expect(Date.now() - started).toBeLessThan(3000);
  const messages = warn.mock.calls.map((call) => String(call[0]));
  expect(messages.filter((m) => m.startsWith("Page cache: Redis not reachable"))).toHaveLength(1);
  expect(messages.join("\n")).not.toMatch(/\n\s+at /);
});
