import { checkDatabase } from "@/lib/health/check-database";
import { checkQueue } from "@/lib/health/check-queue";
import { checkRedis } from "@/lib/health/check-redis";

// Every request must reach the database; a cached answer would hide an outage.
export const dynamic = "force-dynamic";

/**
 * 200 when the database and (if REDIS_URL is set) Redis answer, else 503: the load balancer then
 * stops sending this instance traffic. The queue's backlog is reported for monitoring only.
 */
export async function GET() {
  const [databaseOk, redis] = await Promise.all([checkDatabase(), checkRedis()]);
  const queue = databaseOk ? await checkQueue() : { status: "error" as const };
  const ok = databaseOk && redis.status !== "error";
  const body = {
    status: ok ? "ok" : "degraded",
    app: "ok",
    database: databaseOk ? "ok" : "error",
    redis,
    queue,
    time: new Date().toISOString(),
  };
  return Response.json(body, {
    status: ok ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
