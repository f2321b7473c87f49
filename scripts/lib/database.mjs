// Test/demo databases on the PostgreSQL server named by DATABASE_URL.
// `pg` is imported lazily: it exists only after `npm ci`, while the rest of scripts/lib does not need it.
import { existsSync, readFileSync } from "node:fs";
import { npmRun } from "./proc.mjs";

export const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

/** The same server and credentials as `url`, but database `name` (query options kept). */
export function withDatabase(url, name) {
  const parsed = new URL(url || DEFAULT_SERVER_URL);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** The URL without its password, for logs. */
export function redact(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

async function withMaintenanceClient(url, fn) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres"), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Resolves to null if the server answers, else to the error message. */
export async function checkServer(url) {
  try {
    await withMaintenanceClient(url, (client) => client.query("SELECT 1"));
    return null;
  } catch (error) {
    return error.message;
  }
}

/** Drops (disconnecting any sessions) and creates the database named in `url`. */
export async function recreateDatabase(url) {
  const name = databaseName(url);
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Refusing to recreate unusual database name "${name}"`);
  await withMaintenanceClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

/**
 * Marks a migrated database as a demo/test database: only there does the seed write the demo
 * accounts with their public password (prisma/seed/accounts-guard.ts). Refused for production.
 */
export async function markDemoDatabase(url, env = {}) {
  if ((env.NODE_ENV ?? process.env.NODE_ENV) === "production") {
    throw new Error("Refusing to mark a database as demo with NODE_ENV=production: demo accounts have a public password.");
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`INSERT INTO "DatabaseMarker" ("name") VALUES ('demo') ON CONFLICT DO NOTHING`);
  } finally {
    await client.end();
  }
}

/**
 * Applies migrations, marks the database as demo and (if the seed exists) seeds; throws with the
 * failing step. Only for databases these scripts own (fresh test, e2e and bench databases).
 */
export async function migrateAndSeed(url, env = {}) {
  const childEnv = { ...env, DATABASE_URL: url };
  if (!existsSync("scripts/db/migrate.ts")) throw new Error("scripts/db/migrate.ts is missing: cannot migrate");
  let { code } = await npmRun("db:migrate", [], { env: childEnv });
  if (code !== 0) throw new Error(`npm run db:migrate failed (exit code ${code})`);
  await markDemoDatabase(url, env);
  if (!existsSync("prisma/seed/index.ts")) {
    console.warn("prisma/seed/index.ts is missing: the database stays without demo data.");
    return;
  }
  ({ code } = await npmRun("db:seed", [], { env: childEnv }));
  if (code !== 0) throw new Error(`npm run db:seed failed (exit code ${code})`);
  // The seed writes rows, not the search index: without this, search finds nothing.
  if (hasNpmScript("search:reindex")) {
    ({ code } = await npmRun("search:reindex", [], { env: childEnv }));
    if (code !== 0) throw new Error(`npm run search:reindex failed (exit code ${code})`);
  }
}

/** Whether package.json defines the script (steps added by later work are run once they exist). */
export function hasNpmScript(name) {
  const { scripts = {} } = JSON.parse(readFileSync("package.json", "utf8"));
  return typeof scripts[name] === "string";
}

/** A fresh database: drop, create, migrate, seed. */
export async function prepareFreshDatabase(url, env) {
  await recreateDatabase(url);
  await migrateAndSeed(url, env);
}
