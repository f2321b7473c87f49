import { checkDatabase } from "@/lib/health/check-database";
import { checkQueue } from "@/lib/health/check-queue";
import { checkRedis } from "@/lib/health/check-redis";

// Every request must reach the database; a cached answer would hide an outage.
export const dynamic = "force-dynamic";

/**
 * 503 only when the database does not answer: the load balancer then stops sending this instance
 * traffic. A configured Redis that is down makes the answer "degraded" but still 200: every
 * instance shares that Redis, so a 503 would take all of them out of the pool, although they serve
 * pages without the shared cache (docs/deployment.md). Redis and the queue's backlog are reported
 * for monitoring.
 */
export async function GET() {
  const [databaseOk, redis] = await Promise.all([checkDatabase(), checkRedis()]);
  const queue = databaseOk ? await checkQueue() : { status: "error" as const };
  const ok = databaseOk && redis.status !== "error";
  const body = {
    status: !databaseOk ? "down" : ok ? "ok" : "degraded",
    app: "ok",
    database: databaseOk ? "ok" : "error",
    redis,
    queue,
    time: new Date().toISOString(),
  };
  return Response.json(body, {
    status: databaseOk ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
