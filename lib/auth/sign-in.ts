import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db/client";
import { bucketKey, hit, NEVER_LOCKS, refund, reset, resetPrefix, type Limit } from "@/lib/rate-limit/bucket";
import { exceedsBcryptLimit, verifyAgainstDummy, verifyPassword } from "./password";
import type { SessionUser } from "./session-token";
import { alertOwner } from "./sign-in-alert";

// Failed sign-ins. What locks is an account *together with* a client (5 in 15 minutes) and a client
// across accounts (20): a stranger elsewhere cannot lock the owner out. The account alone only
// slows down (a growing delay before its password is checked) and, from ACCOUNT_ALERT_AFTER
// failures in its window, its owner is told by mail. Counters exist for unknown addresses too, so
// nothing reveals whether an account exists.
export const PAIR_LIMIT: Limit = { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const IP_LIMIT: Limit = { limit: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
const ACCOUNT_WINDOW: Limit = { limit: NEVER_LOCKS, windowMs: 15 * 60_000, lockMs: 0 };
export const ACCOUNT_SLOWDOWN_AFTER = 10;
export const ACCOUNT_ALERT_AFTER = 10;
const MAX_SLOWDOWN_MS = 5_000;

/** The wait before checking an attempt that is the n-th on its account in the window. */
export function accountSlowdownMs(attempts: number): number {
  if (attempts <= ACCOUNT_SLOWDOWN_AFTER) return 0;
  return Math.min(250 * 2 ** Math.min(attempts - ACCOUNT_SLOWDOWN_AFTER - 1, 10), MAX_SLOWDOWN_MS);
}

export type SignInResult =
  | { ok: true; user: SessionUser }
  /** one shape for unknown e-mail, wrong password and disabled account */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; lockedUntil: Date };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const accountKey = (email: string) => bucketKey("signin-account", normaliseEmail(email));
export const ipKey = (clientIp: string) => bucketKey("signin-ip", clientIp);
// The account's hash leads, so a password reset can lift every client's lock on it at once.
const pairPrefix = (address: string) => `${bucketKey("signin-pair", address)}:`;
export const pairKey = (email: string, clientIp: string) =>
  pairPrefix(normaliseEmail(email)) + createHash("sha256").update(clientIp).digest("hex");

const later = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));
const locked = (lockedUntil: Date | null) => ({ ok: false as const, reason: "locked" as const, lockedUntil: lockedUntil ?? new Date() });
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Options = { sleep?: (ms: number) => Promise<void> };

export async function verifyCredentials(email: string, password: string, clientIp: string, { sleep = defaultSleep }: Options = {}): Promise<SignInResult> {
  const address = normaliseEmail(email);
  const keys = { pair: pairKey(address, clientIp), ip: ipKey(clientIp), account: accountKey(address) };

  // The attempt is counted before anything is checked and decided from the count that one atomic
  // statement returns: parallel attempts each get their own number, so no more than the limit of
  // them ever reach the password comparison. During a lockout even the right password is refused.
  const [pair, ip] = await Promise.all([hit(keys.pair, PAIR_LIMIT), hit(keys.ip, IP_LIMIT)]);
  if (pair.count > PAIR_LIMIT.limit || ip.count > IP_LIMIT.limit) return locked(later(pair.lockedUntil, ip.lockedUntil));

  const account = await hit(keys.account, ACCOUNT_WINDOW);
  const delay = accountSlowdownMs(account.count);
  if (delay > 0) await sleep(delay);

  const user = address
    ? await db.user.findUnique({
        where: { email: address },
        omit: { passwordHash: false }, // the only place that reads the hash
      })
    : null;
  // Unknown addresses cost one bcrypt comparison too, so the response time does not tell them apart.
  // bcrypt ignores everything after 72 bytes; such a password was never accepted when set.
  const matches = exceedsBcryptLimit(password)
    ? false
    : user
      ? await verifyPassword(password, user.passwordHash)
      : await verifyAgainstDummy(password);

  if (!user || !matches || user.disabledAt) {
    if (account.count >= ACCOUNT_ALERT_AFTER) await alertOwner(address);
    const lockedUntil = later(pair.lockedUntil, ip.lockedUntil);
    return lockedUntil ? locked(lockedUntil) : { ok: false, reason: "invalid" };
  }

  // A success gives its attempt back. The account's failures stay (a stranger's failures are not
  // undone by the owner signing in), and so does the rest of the address counter: one valid
  // account must not clear the failures tried against others.
  await reset(keys.pair);
  await refund(keys.ip, IP_LIMIT);
  await refund(keys.account, ACCOUNT_WINDOW);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
  return {
    ok: true,
    user: { id: user.id, sessionVersion: user.sessionVersion, name: user.name, email: user.email, role: user.role },
  };
}

/** Lifts every sign-in lock and slowdown of an account (after a password reset by e-mail). */
export async function clearSignInLimits(email: string): Promise<void> {
  const address = normaliseEmail(email);
  await reset(accountKey(address));
  await resetPrefix(pairPrefix(address));
}

/**
 * For the password change: is this the user's current password? Kept next to verifyCredentials so
 * the hash is read in this module only. Only a signed-in user gets here, so the counter is per
 * account: 5 wrong entries in 15 minutes lock the change for 15 minutes. Counted before the
 * comparison, like a sign-in.
 */
export async function checkCurrentPassword(
  userId: string,
  password: string,
): Promise<{ ok: true } | { ok: false; reason: "invalid" } | { ok: false; reason: "locked"; lockedUntil: Date }> {
  const key = bucketKey("password-check", userId);
  const attempt = await hit(key, PAIR_LIMIT);
  if (attempt.count > PAIR_LIMIT.limit) return locked(attempt.lockedUntil);
  const user = await db.user.findUnique({ where: { id: userId }, omit: { passwordHash: false } });
  if (user && !exceedsBcryptLimit(password) && (await verifyPassword(password, user.passwordHash))) {
    await reset(key);
    return { ok: true };
  }
  return attempt.lockedUntil ? locked(attempt.lockedUntil) : { ok: false, reason: "invalid" };
}
