import "server-only";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { env } from "@/lib/env";
import { bucketKey, hit } from "@/lib/rate-limit/bucket";

// The open data API's request limit per client, in the same PostgreSQL counters as the sign-in
// lockout (lib/rate-limit/bucket.ts): one atomic upsert per request, shared by every instance.
// The request over the limit locks the client for one window; Retry-After says when it ends.
const WINDOW_MS = 60_000;

export type ApiQuota = { limited: false; limit: number; remaining: number } | { limited: true; limit: number; retryAfterSeconds: number };

export async function countApiRequest(request: Request, perMinute = env.API_RATE_LIMIT_PER_MINUTE): Promise<ApiQuota> {
  const key = bucketKey("api", clientIpFrom(request.headers));
  // `hit` locks when the count reaches its limit: the first request over ours is number perMinute + 1.
  const { count, lockedUntil } = await hit(key, { limit: perMinute + 1, windowMs: WINDOW_MS, lockMs: WINDOW_MS });
  const now = Date.now();
  if (lockedUntil && lockedUntil.getTime() > now) {
    // The lock ends on the database's clock; capped at one window against skew between the clocks.
    const seconds = Math.ceil((lockedUntil.getTime() - now) / 1000);
    return { limited: true, limit: perMinute, retryAfterSeconds: Math.min(Math.max(1, seconds), WINDOW_MS / 1000) };
  }
  return { limited: false, limit: perMinute, remaining: Math.max(0, perMinute - count) };
}
