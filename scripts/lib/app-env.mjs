// Environment for `next build` / `next start` in the demo and the e2e run.
import { randomBytes } from "node:crypto";

// One random secret per process unless the operator set one: sessions then simply end with the run.
// Only the demo and the e2e run come here; the app itself never makes one up (lib/auth/config.ts).
const sessionSecret = randomBytes(32).toString("base64url");
let announced = false;

function secret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!announced) {
    console.log("NEXTAUTH_SECRET is not set: using a secret generated for this run (sessions end when it stops).");
    announced = true;
  }
  return sessionSecret;
}

/** Variables the app reads (lib/env.ts, next-auth), defaulting to this local server. */
export function appEnv({ port, databaseUrl, poolSize }) {
  const siteUrl = `http://localhost:${port}`;
  return {
    DATABASE_URL: databaseUrl,
    SITE_URL: process.env.SITE_URL ?? siteUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? siteUrl,
    NEXTAUTH_SECRET: secret(),
    ...(poolSize ? { DATABASE_POOL_SIZE: String(poolSize) } : {}),
    // Keeps Next from phoning home during builds and tests.
    NEXT_TELEMETRY_DISABLED: "1",
  };
}
