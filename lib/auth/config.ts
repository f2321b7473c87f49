import "server-only";
import { env } from "@/lib/env";
import { SESSION_COOKIE_NAME_PLAIN, SESSION_COOKIE_NAME_SECURE } from "./cookie-names";

// Session settings shared by next-auth (lib/auth/options.ts), our own sign-in action (which mints
// the same JWT cookie) and the session reader.
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day; then sign in again

const secure = env.SITE_URL.startsWith("https://");
export const SESSION_COOKIE = {
  name: secure ? SESSION_COOKIE_NAME_SECURE : SESSION_COOKIE_NAME_PLAIN,
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
};

// A fixed secret outside production keeps `next dev` sessions across restarts; production refuses
// to run without a real one.
const DEVELOPMENT_SECRET = "development-only-secret-do-not-use-in-production-0000";

export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "production") throw new Error("NEXTAUTH_SECRET must be set in production (at least 32 characters).");
  return DEVELOPMENT_SECRET;
}
