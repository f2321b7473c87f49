// Environment for `next build` / `next start` in the demo and the e2e run.
import { randomBytes } from "node:crypto";

// One random secret per process unless the operator set one: sessions then simply end with the run.
const sessionSecret = randomBytes(32).toString("base64url");

/** Variables the app reads (lib/env.ts, next-auth), defaulting to this local server. */
export function appEnv({ port, databaseUrl, poolSize }) {
  const siteUrl = `http://localhost:${port}`;
  return {
    DATABASE_URL: databaseUrl,
    SITE_URL: process.env.SITE_URL ?? siteUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? siteUrl,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? sessionSecret,
    ...(poolSize ? { DATABASE_POOL_SIZE: String(poolSize) } : {}),
    // Keeps Next from phoning home during builds and tests.
    NEXT_TELEMETRY_DISABLED: "1",
  };
}
