import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { PENDING_ALERT_LIFETIME_MS } from "@/lib/alerts/retention";

const DAY_MS = 86_400_000;
// A rate-limit bucket matters for its window (at most a day) or its lock; older ones are history.
const BUCKET_RETENTION_MS = 2 * DAY_MS;
// An answered report of a barrier is kept a year (the privacy statement says so), then deleted.
export const ANSWERED_FEEDBACK_RETENTION_MS = 365 * DAY_MS;

/**
 * Nightly: drops refusal-log rows past their retention, rate-limit buckets nobody uses, and
 * unconfirmed alert requests past their 3 days with their confirmation mails (the privacy
 * statement promises it: an unconfirmed address is not kept).
 */
export async function pruneOldRows(now = new Date()): Promise<{ securityEvents: number; rateLimitBuckets: number; pendingAlerts: number; answeredFeedback: number }> {
  const securityEvents = await db.securityEvent.deleteMany({ where: { lastAt: { lt: new Date(now.getTime() - env.SECURITY_EVENT_RETENTION_DAYS * DAY_MS) } } });
  const rateLimitBuckets = await db.rateLimitBucket.deleteMany({
    where: { updatedAt: { lt: new Date(now.getTime() - BUCKET_RETENTION_MS) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
  const pendingAlerts = await db.pendingAlert.deleteMany({ where: { expiresAt: { lte: now } } });
  await db.mailMessage.deleteMany({ where: { kind: "alert-confirmation", createdAt: { lte: new Date(now.getTime() - PENDING_ALERT_LIFETIME_MS) } } });
  const feedback = await db.accessibilityFeedback.deleteMany({ where: { status: "ANSWERED", updatedAt: { lt: new Date(now.getTime() - ANSWERED_FEEDBACK_RETENTION_MS) } } });
  return { securityEvents: securityEvents.count, rateLimitBuckets: rateLimitBuckets.count, pendingAlerts: pendingAlerts.count, answeredFeedback: feedback.count };
}
