import "server-only";
import { db } from "@/lib/db/client";
import { bucketKey, hit, isLocked, reset, type Limit } from "@/lib/rate-limit/bucket";
import { verifyAgainstDummy, verifyPassword } from "./password";
import type { SessionUser } from "./session-token";

// Failed sign-ins: 5 per account or 20 per client address within 15 minutes lock that account or
// address for 15 minutes. The account counter exists for unknown addresses too, so a lockout
// does not reveal whether an account exists.
export const ACCOUNT_LIMIT: Limit = { limit: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
export const IP_LIMIT: Limit = { limit: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

export type SignInResult =
  | { ok: true; user: SessionUser }
  /** one shape for unknown e-mail, wrong password and disabled account */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; lockedUntil: Date };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();
export const accountKey = (email: string) => bucketKey("signin-account", normaliseEmail(email));
export const ipKey = (clientIp: string) => bucketKey("signin-ip", clientIp);

const later = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

export async function verifyCredentials(email: string, password: string, clientIp: string): Promise<SignInResult> {
  const address = normaliseEmail(email);
  const keys = { account: accountKey(address), ip: ipKey(clientIp) };

  // During a lockout even the right password is refused, and no password is checked at all.
  const lockedUntil = later(await isLocked(keys.account), await isLocked(keys.ip));
  if (lockedUntil) return { ok: false, reason: "locked", lockedUntil };

  const user = address
    ? await db.user.findUnique({
        where: { email: address },
        omit: { passwordHash: false }, // the only place that reads the hash
      })
    : null;
  // Unknown addresses cost one bcrypt comparison too, so the response time does not tell them apart.
  const matches = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);

  if (!user || !matches || user.disabledAt) {
    const [account, ip] = await Promise.all([hit(keys.account, ACCOUNT_LIMIT), hit(keys.ip, IP_LIMIT)]);
    const locked = later(account.lockedUntil, ip.lockedUntil);
    return locked ? { ok: false, reason: "locked", lockedUntil: locked } : { ok: false, reason: "invalid" };
  }

  // The address counter is not reset: one valid account must not clear the failures of others.
  await reset(keys.account);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() }, select: { id: true } });
  return {
    ok: true,
    user: { id: user.id, sessionVersion: user.sessionVersion, name: user.name, email: user.email, role: user.role },
  };
}

/**
 * For the password change: is this the user's current password? Kept next to verifyCredentials so
 * the hash is read in this module only. Failures count towards the account's lockout.
 */
export async function checkCurrentPassword(
  userId: string,
  password: string,
): Promise<{ ok: true } | { ok: false; reason: "invalid" } | { ok: false; reason: "locked"; lockedUntil: Date }> {
  const user = await db.user.findUnique({ where: { id: userId }, omit: { passwordHash: false } });
  if (!user) return { ok: false, reason: "invalid" };
  const key = accountKey(user.email);
  const lockedUntil = await isLocked(key);
  if (lockedUntil) return { ok: false, reason: "locked", lockedUntil };
  if (await verifyPassword(password, user.passwordHash)) return { ok: true };
  const { lockedUntil: locked } = await hit(key, ACCOUNT_LIMIT);
  return locked ? { ok: false, reason: "locked", lockedUntil: locked } : { ok: false, reason: "invalid" };
}
