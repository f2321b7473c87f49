import "server-only";
import { randomBytes } from "node:crypto";
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

// No built-in fallback: a secret in the source code would let anyone mint session cookies for any
// deployment that forgot to set one. `npm run demo` and the e2e run generate one per run
// (scripts/lib/app-env.mjs); the unit and integration tests get one per process here.
let generatedForTests: string | null = null;

export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "test") {
    if (!generatedForTests) {
      generatedForTests = randomBytes(32).toString("base64url");
      console.warn("[auth] NEXTAUTH_SECRET is not set: using a secret generated for this test process.");
    }
    return generatedForTests;
  }
  throw new Error(
    "NEXTAUTH_SECRET is not set. Set it to a random value of at least 32 characters (e.g. `openssl rand -base64 32`) " +
      "in the environment or .env.local; only `npm run demo` and the tests generate one.",
  );
}
