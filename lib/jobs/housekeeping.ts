import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { PENDING_ALERT_LIFETIME_MS } from "@/lib/alerts/retention";

const DAY_MS = 86_400_000;
// A rate-limit bucket matters for its window (at most a day) or its lock; older ones are history.
const BUCKET_RETENTION_MS = 2 * DAY_MS;
// An answered report of a barrier is kept a year (the privacy statement says so), then deleted.
export const ANSWERED_FEEDBACK_RETENTION_MS = 365 * DAY_MS;
// A provider sign-up nobody confirmed is nobody's data once its link (3 days) has run out; a
// rejected one is kept 90 days for questions about the decision. Approved ones stay with the
// entry they became (the record of the consent). The privacy statement names these periods.
export const UNCONFIRMED_SIGNUP_RETENTION_MS = 3 * DAY_MS;
export const REJECTED_SIGNUP_RETENTION_MS = 90 * DAY_MS;
const SIGNUP_MAIL_KINDS = ["signup-confirmation", "signup-rejected"];

/**
 * Nightly: drops refusal-log rows past their retention, rate-limit buckets nobody uses, and
 * unconfirmed alert requests past their 3 days with their confirmation mails (the privacy
 * statement promises it: an unconfirmed address is not kept).
 */
export async function pruneOldRows(
  now = new Date(),
): Promise<{ securityEvents: number; rateLimitBuckets: number; pendingAlerts: number; answeredFeedback: number; signups: number }> {
  const securityEvents = await db.securityEvent.deleteMany({ where: { lastAt: { lt: new Date(now.getTime() - env.SECURITY_EVENT_RETENTION_DAYS * DAY_MS) } } });
  const rateLimitBuckets = await db.rateLimitBucket.deleteMany({
    where: { updatedAt: { lt: new Date(now.getTime() - BUCKET_RETENTION_MS) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
  });
  const pendingAlerts = await db.pendingAlert.deleteMany({ where: { expiresAt: { lte: now } } });
  await db.mailMessage.deleteMany({ where: { kind: "alert-confirmation", createdAt: { lte: new Date(now.getTime() - PENDING_ALERT_LIFETIME_MS) } } });
  const feedback = await db.accessibilityFeedback.deleteMany({ where: { status: "ANSWERED", updatedAt: { lt: new Date(now.getTime() - ANSWERED_FEEDBACK_RETENTION_MS) } } });
  const signups = await pruneSignups(now);
  return { securityEvents: securityEvents.count, rateLimitBuckets: rateLimitBuckets.count, pendingAlerts: pendingAlerts.count, answeredFeedback: feedback.count, signups };
}

/** Sign-ups past their retention, with their mails (which hold the address); tokens go by cascade. */
async function pruneSignups(now: Date): Promise<number> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const expired = await db.providerSignup.findMany({
    where: {
      OR: [
        { status: "UNCONFIRMED", createdAt: { lt: before(UNCONFIRMED_SIGNUP_RETENTION_MS) } },
        { status: "REJECTED", reviewedAt: { lt: before(REJECTED_SIGNUP_RETENTION_MS) } },
      ],
    },
    select: { id: true, email: true },
  });
  if (expired.length === 0) return 0;
  return db.$transaction(async (tx) => {
    const emails = [...new Set(expired.map((row) => row.email))];
    // Only sign-up mails to addresses without a newer sign-up that still needs them.
    const kept = await tx.providerSignup.findMany({ where: { email: { in: emails }, id: { notIn: expired.map((row) => row.id) } }, select: { email: true } });
    const keptEmails = new Set(kept.map((row) => row.email));
    const gone = emails.filter((email) => !keptEmails.has(email));
    if (gone.length > 0) await tx.mailMessage.deleteMany({ where: { kind: { in: SIGNUP_MAIL_KINDS }, toAddress: { in: gone } } });
    return (await tx.providerSignup.deleteMany({ where: { id: { in: expired.map((row) => row.id) } } })).count;
  });
}
