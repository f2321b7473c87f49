import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

const DAY_MS = 86_400_000;
// A rate-limit bucket matters for its window (at most a day) or its lock; older ones are history.
const BUCKET_RETENTION_MS = 2 * DAY_MS;

/** Nightly: drops refusal-log rows past their retention and rate-limit buckets nobody uses. */
export async function pruneOldRows(now = new Date()): Promise<{ securityEvents: number; rateLimitBuckets: number }> {
  const securityEvents = await db.securityEvent.deleteMany({ where: { lastAt: { lt: new Date(now.getTime() - env.SECURITY_EVENT_RETENTION_DAYS * DAY_MS) } } });
  const rateLimitBuckets = await db.rateLimitBucket.deleteMany({
    where: { updatedAt: { lt: new Date(now.getTime() - BUCKET_RETENTION_MS) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
  return { securityEvents: securityEvents.count, rateLimitBuckets: rateLimitBuckets.count };
}
