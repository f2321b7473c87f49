import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import type { AccountTokenPurpose } from "@/lib/db/enums";

// Single-use link tokens (invitation, password reset, sign-up confirmation). The token is 32
// random bytes in the link; the database keeps only its SHA-256, so a leaked table opens nothing.
export const TOKEN_LIFETIME_MS: Record<AccountTokenPurpose, number> = {
  INVITATION: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
  SIGNUP_CONFIRMATION: 3 * 24 * 60 * 60 * 1000,
};

export const hashToken = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

type Subject = { userId: string; signupId?: never } | { signupId: string; userId?: never };

/** Issues a token inside the caller's transaction; earlier open tokens of the same purpose and subject are revoked. */
export async function issueToken(
  tx: Tx,
  purpose: AccountTokenPurpose,
  subject: Subject,
  createdById: string | null = null,
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]);
  await tx.accountToken.updateMany({
    where: { purpose, ...subject, usedAt: null, revokedAt: null },
    data: { revokedAt: now },
  });
  await tx.accountToken.create({ data: { purpose, tokenHash: hashToken(token), ...subject, createdById, expiresAt } });
  return { token, expiresAt };
}

export type TokenState = "valid" | "expired" | "used" | "revoked" | "unknown";

type TokenRow = { id: string; userId: string | null; signupId: string | null; expiresAt: Date; usedAt: Date | null; revokedAt: Date | null };

function stateOf(row: TokenRow | null, now: Date): TokenState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt <= now) return "expired";
  return "valid";
}

const tokenSelect = { id: true, userId: true, signupId: true, expiresAt: true, usedAt: true, revokedAt: true } as const;

/** For the page a link opens (GET): tells what the token is worth without using it up. */
export async function inspectToken(tx: Tx, purpose: AccountTokenPurpose, token: string, now = new Date()) {
  const row = await tx.accountToken.findFirst({ where: { tokenHash: hashToken(token), purpose }, select: tokenSelect });
  return { state: stateOf(row, now), userId: row?.userId ?? null, signupId: row?.signupId ?? null };
}

/**
 * Uses the token up, inside the transaction of what it authorizes (setting a password, confirming
 * a sign-up). The condition sits in the UPDATE itself, so two concurrent uses cannot both succeed.
 */
export async function consumeToken(tx: Tx, purpose: AccountTokenPurpose, token: string, now = new Date()) {
  const tokenHash = hashToken(token);
  const { count } = await tx.accountToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const row = await tx.accountToken.findFirst({ where: { tokenHash, purpose }, select: tokenSelect });
  if (count === 1 && row) return { state: "valid" as const, userId: row.userId, signupId: row.signupId };
  return { state: count === 1 ? ("unknown" as const) : stateOf(row, now), userId: null, signupId: null };
}

/** Revokes every open token of this subject and purpose (e.g. an editor withdraws an invitation). */
export async function revokeTokens(tx: Tx, purpose: AccountTokenPurpose, subject: Subject, now = new Date()) {
  const { count } = await tx.accountToken.updateMany({ where: { purpose, ...subject, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  return count;
}
