import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import type { Actor } from "./actor";
import { authSecret, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "./config";

/** What the session JWT carries: the user id (sub) and the session version it was issued for. */
export type SessionClaims = { sub: string; sv: number; auth_time: number };

/**
 * The signed-in user of this request, or null. The token alone is not trusted for authorization:
 * the user is re-read so that disabling an account, changing its role or its password (which
 * raises sessionVersion) takes effect at the next request, not when the token expires.
 */
export const getActor = cache(async (): Promise<Actor | null> => actorFromToken((await cookies()).get(SESSION_COOKIE.name)?.value));

/** The user a session token stands for; null for a missing, invalid, expired or outdated token. */
export async function actorFromToken(raw: string | undefined): Promise<Actor | null> {
  if (!raw) return null;
  const claims = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  if (!claims?.sub || typeof claims.sv !== "number" || !signedInRecently(claims.auth_time)) return null;
  const user = await db.user.findFirst({
    where: { id: claims.sub, sessionVersion: claims.sv, disabledAt: null },
    select: { id: true, role: true, name: true, email: true, advisorId: true, providerId: true },
  });
  return user;
}

/**
 * Sign-out on the server: raises the account's sessionVersion, so this token (and any copy of it)
 * stops working, not only this browser's cookie. Every other session of the account ends with it;
 * the token carries no id of its own to end just one. The condition on the token's version makes
 * a second sign-out with the same (now outdated) token a no-op.
 */
export async function endSession(raw: string | undefined): Promise<void> {
  if (!raw) return;
  const claims = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  if (!claims?.sub || typeof claims.sv !== "number") return;
  const { sub: userId, sv } = claims;
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId, sessionVersion: sv }, data: { sessionVersion: { increment: 1 } } });
    if (count === 0) return;
    await recordAudit(tx, { actor: { id: userId }, action: "user.signedOut", entityType: "user", entityId: userId, before: { sessionVersion: sv }, after: { sessionVersion: sv + 1 } });
  });
}

/** The sign-in itself must lie within SESSION_MAX_AGE_SECONDS, however often the token was renewed. */
function signedInRecently(authTime: unknown): boolean {
  return typeof authTime === "number" && Date.now() / 1000 - authTime <= SESSION_MAX_AGE_SECONDS;
}
