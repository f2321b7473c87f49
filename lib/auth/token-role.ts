import { decode } from "next-auth/jwt";
import type { Role } from "@/lib/db/enums";
import { env } from "@/lib/env";
import { SESSION_COOKIE_NAMES } from "./cookie-names";
import { can, ROLE_PERMISSIONS, type Permission } from "./permissions";

type CookieReader = { get(name: string): { value: string } | undefined };

/**
 * For proxy.ts only: whether the session cookie is a valid token whose role lacks `permission`.
 * It reads the role the token was issued with, without the database, so it is a hint for the
 * answer's status (403), never an authorization: the pages re-read the user (getActor) and decide
 * what to show, and every service checks again (assertCan).
 */
export async function tokenRoleLacks(cookies: CookieReader, permission: Permission): Promise<boolean> {
  const claims = await tokenClaims(cookies);
  if (!claims) return false;
  const role = claims.role;
  if (typeof role !== "string" || !(role in ROLE_PERMISSIONS)) return false;
  return !can({ role: role as Role }, permission);
}

/** For proxy.ts only: the user id the session token was issued to (a hint, like the role above). */
export async function tokenSubject(cookies: CookieReader): Promise<string | null> {
  const sub = (await tokenClaims(cookies))?.sub;
  return typeof sub === "string" ? sub : null;
}

async function tokenClaims(cookies: CookieReader) {
  const secret = env.NEXTAUTH_SECRET;
  if (!secret) return null;
  for (const name of SESSION_COOKIE_NAMES) {
    const raw = cookies.get(name)?.value;
    if (!raw) continue;
    return decode({ token: raw, secret }).catch(() => null);
  }
  return null;
}
