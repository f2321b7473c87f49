import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { clearSignInLimits, normaliseEmail } from "@/lib/auth/sign-in";
import { queueMail } from "@/lib/mail/queue";
import { bucketKey, hit, type Limit } from "@/lib/rate-limit/bucket";
import { UNKNOWN_CLIENT } from "@/lib/auth/client-ip";
import { refundTokenAttempt, takeTokenAttempt } from "./token-attempts";
import { consumeToken, inspectToken, issueToken, type TokenState } from "./tokens";

// Reset requests: 3 per address and 10 per client address an hour; beyond that no more mails go
// out, and the answer stays the same, so nobody can flood an inbox or probe for accounts.
const PER_ACCOUNT: Limit = { limit: 3, windowMs: 60 * 60_000, lockMs: 60 * 60_000 };
const PER_IP: Limit = { limit: 10, windowMs: 60 * 60_000, lockMs: 60 * 60_000 };

/**
 * Always resolves the same way, whether or not the address has an account: the caller shows one
 * message for every case. A mail goes out only for an active account.
 */
export async function requestPasswordReset(email: string, clientIp: string, t: (key: string, values?: Record<string, string>) => string): Promise<void> {
  const address = normaliseEmail(email);
  const [account, ip] = await Promise.all([
    hit(bucketKey("reset-account", address), PER_ACCOUNT),
    hit(bucketKey("reset-ip", clientIp), PER_IP),
  ]);
  if (account.count > PER_ACCOUNT.limit || ip.count > PER_IP.limit) return;
  const user = await db.user.findFirst({ where: { email: address, disabledAt: null }, select: { id: true, name: true, email: true } });
  if (!user) return;
  await db.$transaction(async (tx) => {
    const { token, expiresAt } = await issueToken(tx, "PASSWORD_RESET", { userId: user.id });
    await queueMail(tx, {
      to: user.email,
      kind: "password-reset",
      content: {
        subject: t("mail.subject"),
        name: user.name,
        paragraphs: [t("mail.body"), t("mail.ignore")],
        action: { label: t("mail.action"), url: `${env.SITE_URL}/passwort-neu/${token}`, validUntil: expiresAt },
      },
    });
  });
}

/**
 * Sets the new password if the token is valid; ends all sessions and lifts a sign-in lockout.
 * The token is looked up (by its SHA-256) before bcrypt runs: a bogus token costs a lookup, not a
 * hash. "limited": this client sent too many invalid tokens (lib/account/token-attempts.ts).
 */
export async function resetPassword(token: string, password: string, clientIp = UNKNOWN_CLIENT): Promise<TokenState | "limited"> {
  if (!(await takeTokenAttempt(clientIp))) return "limited";
  const { state } = await inspectToken(db, "PASSWORD_RESET", token);
  if (state !== "valid") return state;
  await refundTokenAttempt(clientIp);
  // Still consumed conditionally below: the token may be used up between the lookup and the write.
  const passwordHash = await hashPassword(password);
  const outcome = await db.$transaction(async (tx) => {
    const used = await consumeToken(tx, "PASSWORD_RESET", token);
    if (used.state !== "valid" || !used.userId) return { state: used.state, email: null };
    const user = await tx.user.update({
      where: { id: used.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true },
    });
    await recordAudit(tx, {
      actor: { id: user.id },
      action: "user.passwordReset",
      entityType: "user",
      entityId: user.id,
      before: null,
      after: null,
    });
    return { state: "valid" as const, email: user.email };
  });
  if (outcome.email) await clearSignInLimits(outcome.email);
  return outcome.state;
}
