import "server-only";
import { createClient } from "redis";
import { env } from "@/lib/env";

const TIMEOUT_MS = 1000;

export type RedisHealth = { status: "ok"; latencyMs: number } | { status: "error" } | { status: "not-configured" };

/**
 * Whether the shared page cache (REDIS_URL) answers PING within 1 s, and how fast. A client of its
 * own per check, without reconnects: the cache handler's client lives outside the app bundle, and a
 * health check must report the Redis of this moment, not a connection that was fine a minute ago.
 * Never throws; without REDIS_URL there is nothing to check (one instance, memory cache).
 */
export async function checkRedis({ url = env.REDIS_URL, timeoutMs = TIMEOUT_MS } = {}): Promise<RedisHealth> {
  if (!url) return { status: "not-configured" };
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: timeoutMs, reconnectStrategy: false },
  });
  // Without a listener node-redis would throw its connection errors as uncaught events.
  client.on("error", () => {});
  try {
    await client.connect();
    const started = performance.now();
    await client.withAbortSignal(AbortSignal.timeout(timeoutMs)).ping();
    return { status: "ok", latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (error) {
    console.error(`[health] Redis check failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return { status: "error" };
  } finally {
    client.destroy();
  }
}
