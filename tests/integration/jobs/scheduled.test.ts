import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const invalidated: string[][] = [];
vi.mock("@/lib/cache/invalidate", () => ({ invalidateTags: (tags: string[]) => void invalidated.push([...tags]) }));

// The worker reaches "the app" at this address: a server that hands requests to the real route.
vi.hoisted(() => {
  process.env.APP_INTERNAL_URL = "http://127.0.0.1:2548";
});

import { POST } from "@/app/api/intern/cache/route";
import { db } from "@/lib/db/client";
import { requestCacheInvalidation } from "@/lib/jobs/cache-invalidate";
import { pruneOldRows } from "@/lib/jobs/housekeeping";
import { internalToken } from "@/lib/jobs/internal-token";
import { startWorker } from "@/lib/jobs/worker";

const post = (body: unknown, authorization?: string) =>
  POST(new Request("http://localhost/api/intern/cache", { method: "POST", body: JSON.stringify(body), headers: authorization ? { authorization } : {} }));

let app: Server | null = null;
const startApp = () =>
  new Promise<void>((resolve) => {
    app = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const response = await POST(new Request(`http://localhost${req.url}`, { method: "POST", body: Buffer.concat(chunks), headers: { authorization: req.headers.authorization ?? "" } }));
      res.writeHead(response.status).end();
    });
    app.listen(2548, "127.0.0.1", resolve);
  });

afterAll(async () => {
  await new Promise<void>((resolve) => (app ? app.close(() => resolve()) : resolve()));
});

describe("the internal cache route", () => {
  it("answers 404 to a missing or wrong token, like an unknown URL, and expires nothing", async () => {
    for (const authorization of [undefined, "Bearer nope", `Bearer ${internalToken()}x`, internalToken()]) {
      expect((await post({ tags: ["programmes"] }, authorization)).status).toBe(404);
    }
    expect(invalidated).toEqual([]);
  });

  it("expires the posted tags for the worker's token; anything but a short list of tags is refused", async () => {
    expect((await post({ tags: ["programmes", "programme:x"] }, `Bearer ${internalToken()}`)).status).toBe(204);
    expect(invalidated).toEqual([["programmes", "programme:x"]]);
    for (const body of [{ tags: [] }, { tags: ["x".repeat(201)] }, { tags: Array.from({ length: 101 }, (_, i) => `t${i}`) }, { nope: 1 }]) {
      expect((await post(body, `Bearer ${internalToken()}`)).status).toBe(400);
    }
    expect(invalidated).toHaveLength(1);
  });
});

describe("the cache.invalidate job", () => {
  it("fails while the app is down (the queue retries) and reaches the route once it is up", async () => {
    invalidated.length = 0;
    await expect(requestCacheInvalidation(["programmes"])).rejects.toThrow();
    await startApp();
    await requestCacheInvalidation(["programmes"]);
    expect(invalidated).toEqual([["programmes"]]);
  });
});

describe("the worker's schedules", () => {
  beforeAll(async () => {
    const worker = await startWorker(() => undefined);
    await worker.stop();
  });

  it("runs midnight and housekeeping every night and the e-mail alerts every morning, Berlin time", async () => {
    const rows = await db.$queryRawUnsafe<{ name: string; cron: string; timezone: string }[]>(`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`);
    expect(rows).toEqual([
      { name: "alerts.daily", cron: "0 6 * * *", timezone: "Europe/Berlin" },
      { name: "housekeeping", cron: "30 3 * * *", timezone: "Europe/Berlin" },
      { name: "midnight", cron: "0 0 * * *", timezone: "Europe/Berlin" },
    ]);
  });

  it("housekeeping removes refusal-log rows past their retention and idle rate-limit buckets, nothing newer", async () => {
    const old = new Date(Date.now() - 400 * 86_400_000);
    // Anonymous refusals are always UNAUTHENTICATED; other files read the shared log (security-log tests).
    const base = { actorId: null, actorRole: null, outcome: "UNAUTHENTICATED", permission: "x", action: "housekeeping-test", clientIp: "198.51.100.1", count: 1 };
    await db.securityEvent.createMany({
      data: [
        { ...base, actorKey: "hk-old", minute: old, firstAt: old, lastAt: old },
        { ...base, actorKey: "hk-new", minute: new Date(), firstAt: new Date(), lastAt: new Date() },
      ],
    });
    await db.rateLimitBucket.createMany({ data: [{ key: "hk:old" }, { key: "hk:locked", lockedUntil: new Date(Date.now() + 86_400_000) }, { key: "hk:new" }] });
    await db.$executeRawUnsafe(`UPDATE "RateLimitBucket" SET "updatedAt" = now() - interval '3 days' WHERE key IN ('hk:old', 'hk:locked')`);
    const pruned = await pruneOldRows();
    expect(pruned.securityEvents).toBeGreaterThanOrEqual(1);
    expect((await db.securityEvent.findMany({ where: { action: "housekeeping-test" } })).map((e) => e.actorKey)).toEqual(["hk-new"]);
    expect((await db.rateLimitBucket.findMany({ where: { key: { startsWith: "hk:" } }, orderBy: { key: "asc" } })).map((b) => b.key)).toEqual(["hk:locked", "hk:new"]);
    await db.securityEvent.deleteMany({ where: { action: "housekeeping-test" } });
    await db.rateLimitBucket.deleteMany({ where: { key: { startsWith: "hk:" } } });
  });
});
