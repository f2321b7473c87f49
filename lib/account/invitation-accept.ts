import "server-only";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/session-token";
import { db } from "@/lib/db/client";
import { UNKNOWN_CLIENT } from "@/lib/auth/client-ip";
import { refundTokenAttempt, takeTokenAttempt } from "./token-attempts";
import { consumeToken, inspectToken, type TokenState } from "./tokens";

/** What the link's page (GET) shows: the state, and for a valid link whom it invites to what. Changes nothing. */
export async function inspectInvitation(token: string, now = new Date()) {
  const { state, userId } = await inspectToken(db, "INVITATION", token, now);
  if (state !== "valid" || !userId) return { state: state === "valid" ? ("unknown" as const) : state, invitee: null };
  const invitee = await db.user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, advisor: { select: { name: true } }, provider: { select: { name: true } } },
  });
  if (!invitee) return { state: "unknown" as const, invitee: null };
  return { state, invitee: { name: invitee.name, email: invitee.email, entry: invitee.advisor?.name ?? invitee.provider?.name ?? "" } };
}

/**
 * Sets the first password and uses the token up, in one transaction. The account must still be
 * the invited one (empty hash, not disabled): a revoked invitation or an account activated by
 * other means is not changed. Returns the user to sign in on success. The token is looked up
 * before bcrypt runs, and a client sending many invalid tokens is refused ("limited").
 */
export async function acceptInvitation(
  token: string,
  password: string,
  now = new Date(),
  clientIp = UNKNOWN_CLIENT,
): Promise<{ state: TokenState | "limited"; user: SessionUser | null }> {
  if (!(await takeTokenAttempt(clientIp))) return { state: "limited", user: null };
  const { state } = await inspectToken(db, "INVITATION", token, now);
  if (state !== "valid") return { state, user: null };
  await refundTokenAttempt(clientIp);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const used = await consumeToken(tx, "INVITATION", token, now);
    if (used.state !== "valid" || !used.userId) return { state: used.state, user: null };
    const { count } = await tx.user.updateMany({
      where: { id: used.userId, passwordHash: "", disabledAt: null },
      data: { passwordHash, sessionVersion: { increment: 1 }, lastSignInAt: now },
    });
    if (count === 0) return { state: "used" as const, user: null };
    const user = await tx.user.findUniqueOrThrow({
      where: { id: used.userId },
      select: { id: true, sessionVersion: true, name: true, email: true, role: true },
    });
    await recordAudit(tx, { actor: { id: user.id }, action: "user.invitationAccepted", entityType: "user", entityId: user.id, before: null, after: null });
    return { state: "valid" as const, user };
  });
}
