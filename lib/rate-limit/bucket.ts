import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";

// Fixed-window failure counters with a lockout (table RateLimitBucket). Each hit is one atomic
// INSERT … ON CONFLICT DO UPDATE, so parallel requests cannot both read "4" and write "5".
export type Limit = { limit: number; windowMs: number; lockMs: number };
export type HitResult = { count: number; lockedUntil: Date | null };
/** A limit for counters that never lock (the count column is a 4-byte integer). */
export const NEVER_LOCKS = 2_147_483_647;

/** Keys never hold a plain e-mail or IP address: "<purpose>:<sha256 of the subject>". */
export function bucketKey(purpose: string, subject: string): string {
  return `${purpose}:${createHash("sha256").update(subject).digest("hex")}`;
}

/**
 * Counts one event. A window that has run out (or whose lockout has been served) starts again at 1;
 * reaching `limit` inside the window locks the key for `lockMs`. Hits during a lock keep its end:
 * callers count an attempt before deciding on it, and hammering must not push the end further out.
 */
export async function hit(key: string, { limit, windowMs, lockMs }: Limit): Promise<HitResult> {
  const window = `${Math.round(windowMs)} milliseconds`;
  const lock = `${Math.round(lockMs)} milliseconds`;
  const rows = await db.$queryRaw<{ count: number; lockedUntil: Date | null }[]>`
    INSERT INTO "RateLimitBucket" AS b ("key", "count", "windowStart", "lockedUntil", "updatedAt")
    VALUES (${key}, 1, now(), CASE WHEN 1 >= ${limit} THEN now() + ${lock}::interval ELSE NULL END, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN b."windowStart" + ${window}::interval <= now() OR b."lockedUntil" <= now()
                     THEN 1 ELSE b."count" + 1 END,
      "windowStart" = CASE WHEN b."windowStart" + ${window}::interval <= now() OR b."lockedUntil" <= now()
                     THEN now() ELSE b."windowStart" END,
      "lockedUntil" = CASE
                     WHEN b."windowStart" + ${window}::interval <= now() OR b."lockedUntil" <= now()
                       THEN CASE WHEN 1 >= ${limit} THEN now() + ${lock}::interval ELSE NULL END
                     WHEN b."lockedUntil" > now() THEN b."lockedUntil"
                     WHEN b."count" + 1 >= ${limit} THEN now() + ${lock}::interval
                     ELSE b."lockedUntil" END,
      "updatedAt" = now()
    RETURNING "count", "lockedUntil"`;
  const row = rows[0]!;
  return { count: Number(row.count), lockedUntil: row.lockedUntil };
}

/** The end of the key's lockout, or null when it is not locked (now). */
export async function isLocked(key: string): Promise<Date | null> {
  const rows = await db.$queryRaw<{ lockedUntil: Date }[]>`
    SELECT "lockedUntil" FROM "RateLimitBucket" WHERE "key" = ${key} AND "lockedUntil" > now()`;
  return rows[0]?.lockedUntil ?? null;
}

export async function reset(key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE "key" = ${key}`;
}

/** Every key that starts with `prefix` (e.g. all per-client counters of one account). */
export async function resetPrefix(prefix: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "RateLimitBucket" WHERE starts_with("key", ${prefix})`;
}

/**
 * Gives back one counted event (an attempt that turned out legitimate). A lock that the event
 * itself caused goes with it: below the limit there is nothing to lock.
 */
export async function refund(key: string, { limit }: Pick<Limit, "limit">): Promise<void> {
  await db.$executeRaw`
    UPDATE "RateLimitBucket" SET
      "count" = GREATEST("count" - 1, 0),
      "lockedUntil" = CASE WHEN "count" - 1 < ${limit} THEN NULL ELSE "lockedUntil" END,
      "updatedAt" = now()
    WHERE "key" = ${key}`;
}
