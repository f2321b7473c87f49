import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** Only the server and credentials of DATABASE_URL are used; every test brings its own database. */
const serverUrl = new URL(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres");

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  url.search = "";
  return url.toString();
}

export const uniqueDatabaseName = (label: string) =>
  `migtest_${label}_${process.pid}_${randomBytes(3).toString("hex")}`;

export type RunResult = { code: number; stdout: string; stderr: string };

/** Runs the real script as a child process, the way npm scripts do. */
export function runMigrate(args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", "scripts/db/migrate.ts", ...args],
      { cwd: projectRoot, env: { ...process.env, ...env }, timeout: 55_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export async function withMaintenance<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl("postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export const dropDatabase = (name: string) =>
  withMaintenance((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

export const createDatabase = (name: string) => withMaintenance((c) => c.query(`CREATE DATABASE "${name}"`));

export async function query<T extends pg.QueryResultRow>(database: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl(database) });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Temporary databases a `--verbose` run reported creating that still exist afterwards. */
export async function leftoverTemporaryDatabases(stderr: string): Promise<{ created: string[]; left: string[] }> {
  const created = [...stderr.matchAll(/created temporary database (\S+)/g)].map((m) => m[1]!);
  const rows = await withMaintenance((c) =>
    c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname = ANY($1)", [created]),
  );
  return { created, left: rows.rows.map((r) => r.datname) };
}

export async function repoMigrationNames(): Promise<string[]> {
  const entries = await readdir(path.join(projectRoot, "prisma/migrations"), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}
