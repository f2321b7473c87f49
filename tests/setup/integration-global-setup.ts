import { prepareFreshDatabase, redact } from "../../scripts/lib/database.mjs";
import { testDatabaseUrl } from "./test-database.ts";

/**
 * Runs once before the integration project: a fresh, migrated and seeded test database.
 * Tests receive its URL as DATABASE_URL through the project's `env` (vitest.config.ts), which is
 * set before any test file imports lib/env. Tests under tests/integration/db and
 * tests/integration/seed create their own databases; this database is not theirs to touch.
 */
export default async function setup() {
  const started = Date.now();
  console.log(`[integration] preparing ${redact(testDatabaseUrl)} (drop, create, migrate, seed)`);
  await prepareFreshDatabase(testDatabaseUrl, { NODE_ENV: "test" });
  console.log(`[integration] database ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
