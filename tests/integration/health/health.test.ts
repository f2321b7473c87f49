import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A configured Redis that does not answer (nothing listens on port 1): the instance reports it, but
// stays in the load balancer's pool (200), since it still serves pages without the shared cache.
vi.hoisted(() => {
  process.env.REDIS_URL = "redis://127.0.0.1:1/0";
});

import { GET } from "@/app/api/health/route";
import { db } from "@/lib/db/client";
import { OVERDUE_AFTER_SECONDS, checkQueue } from "@/lib/health/check-queue";
import { checkRedis } from "@/lib/health/check-redis";
import { jobSender } from "@/lib/jobs/boss";

// The Redis npm test checks for (E2E_REDIS_URL); PING writes nothing, so any database number does.
const liveRedis = process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379";
const jobIds: string[] = [];

// The first query opens the pool; on a busy machine that alone can take longer than the check's 2 s.
beforeAll(async () => {
  await db.$queryRaw`SELECT 1`;
  // Installs pg-boss's schema, as every app instance's first queued job does.
  await jobSender();
});

afterAll(async () => {
  if (jobIds.length) await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE id = ANY($1::uuid[])`, jobIds);
});

describe("GET /api/health", () => {
  it("answers 200 \"degraded\" when the configured Redis is down, naming it, while the database is fine", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "degraded", database: "ok", redis: { status: "error" } });
    expect(body.queue.status).toMatch(/^(ok|backlog)$/);
  });
});

describe("checkRedis", () => {
  it("reports a reachable Redis with its latency, and nothing to check without REDIS_URL", async () => {
    const live = await checkRedis({ url: liveRedis });
    expect(live.status).toBe("ok");
    expect(live.status === "ok" && live.latencyMs).toBeGreaterThanOrEqual(0);
    expect(await checkRedis({ url: "" })).toEqual({ status: "not-configured" });
  });

  it("gives up on a Redis that accepts no connection within its timeout", async () => {
    const started = Date.now();
    expect(await checkRedis({ url: "redis://127.0.0.1:1/0", timeoutMs: 500 })).toEqual({ status: "error" });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe("checkQueue", () => {
  it("counts waiting jobs, those overdue for a worker, and jobs failed in the last hour", async () => {
    const boss = await jobSender();
    const before = await checkQueue();
    expect(before.status).not.toBe("error");
    for (let i = 0; i < 3; i++) jobIds.push((await boss.send("housekeeping", {}))!);
    const [overdue, failed] = jobIds;
    await db.$executeRawUnsafe(
      `UPDATE pgboss.job SET start_after = now() - make_interval(secs => $1) WHERE id = $2::uuid`,
      OVERDUE_AFTER_SECONDS + 60,
      overdue,
    );
    await db.$executeRawUnsafe(`UPDATE pgboss.job SET state = 'failed', completed_on = now() WHERE id = $1::uuid`, failed);
    const after = await checkQueue();
    if (before.status === "error" || after.status === "error") throw new Error("queue check failed");
    expect(after.status).toBe("backlog");
    expect(after.waiting - before.waiting).toBe(2);
    expect(after.overdue - before.overdue).toBe(1);
    expect(after.failedLastHour - before.failedLastHour).toBe(1);
  });
});
