import "server-only";
import { cookies } from "next/headers";
import { encode, type JWT } from "next-auth/jwt";
import type { Role } from "@/lib/db/enums";
import { authSecret, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from "./config";

export type SessionUser = { id: string; sessionVersion: number; name: string; email: string; role: Role };

/**
 * next-auth's session token for a user. `auth_time` (seconds) marks the sign-in: next-auth renews
 * a token's expiry whenever /api/auth/session is read, so getActor() also ends sessions whose
 * sign-in is older than SESSION_MAX_AGE_SECONDS.
 */
export function sessionClaims(user: SessionUser, authTime = Math.floor(Date.now() / 1000)): JWT {
  return { sub: user.id, sv: user.sessionVersion, name: user.name, email: user.email, role: user.role, auth_time: authTime };
}

/**
 * Sets next-auth's JWT session cookie from a server action. We mint it ourselves because the
 * Credentials flow of next-auth needs its CSRF cookie, which a server-rendered form that works
 * without JavaScript cannot obtain; server actions are origin-checked by Next instead.
 */
export async function issueSessionCookie(user: SessionUser): Promise<void> {
  const token = await encode({ token: sessionClaims(user), secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
  (await cookies()).set(SESSION_COOKIE.name, token, { ...SESSION_COOKIE.options, maxAge: SESSION_MAX_AGE_SECONDS });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete({ name: SESSION_COOKIE.name, path: SESSION_COOKIE.options.path });
}
