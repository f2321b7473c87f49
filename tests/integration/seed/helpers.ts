import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { withDatabase } from "../../../scripts/lib/database.mjs";

export const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));

/** A fresh, uniquely named database on the server of DATABASE_URL, never the shared test database. */
export function uniqueDatabase(label: string) {
  const name = `seedtest_${label}_${process.pid}_${randomBytes(3).toString("hex")}`;
  return { name, url: withDatabase(process.env.DATABASE_URL, name) };
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const maintenanceUrl = () => withDatabase(process.env.DATABASE_URL, "postgres");

export const createDatabase = (name: string) =>
  withClient(maintenanceUrl(), (c) => c.query(`CREATE DATABASE "${name}"`));

export const dropDatabase = (name: string) =>
  withClient(maintenanceUrl(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

export async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  return withClient(url, async (c) => (await c.query<T>(sql, params)).rows);
}

export type RunResult = { code: number; stdout: string; stderr: string };

/** Runs a TypeScript entry point as a child process, as the npm scripts do. */
function runTsx(args: string[], databaseUrl: string, timeout = 170_000, env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["tsx", ...args],
      { cwd: projectRoot, env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "test", ...env }, timeout },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export const runMigrations = (url: string) => runTsx(["scripts/db/migrate.ts", "deploy"], url);
export const runSeed = (url: string, args: string[] = [], env: Record<string, string> = {}) =>
  runTsx(["--conditions=react-server", "prisma/seed/index.ts", ...args], url, 170_000, env);

export async function expectSuccess(run: Promise<RunResult>, what: string) {
  const result = await run;
  if (result.code !== 0) throw new Error(`${what} failed (exit ${result.code}):\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * Content of every table the seed writes, one JSON line per row, without `updatedAt` (which an
 * upsert always touches) and any other `ignore`d column. Equal snapshots mean equal data, ids included.
 */
export async function snapshot(url: string, ignore: string[] = []): Promise<Record<string, string[]>> {
  const drop = ["updatedAt", ...ignore].map((c) => ` - '${c}'`).join("");
  const tables: Record<string, string> = {
    Region: `SELECT r::text FROM "Region" r`,
    Topic: `SELECT t::text FROM "Topic" t`,
    Organisation: `SELECT (to_jsonb(o)${drop})::text FROM "Organisation" o`,
    Programme: `SELECT (to_jsonb(p)${drop})::text FROM "Programme" p`,
    Advisor: `SELECT (to_jsonb(a)${drop})::text FROM "Advisor" a`,
    Provider: `SELECT (to_jsonb(p)${drop})::text FROM "Provider" p`,
    ProviderReference: `SELECT r::text FROM "ProviderReference" r`,
    User: `SELECT (to_jsonb(u)${drop})::text FROM "User" u`,
    _ProgrammeTopics: `SELECT j::text FROM "_ProgrammeTopics" j`,
    _ProgrammeRegions: `SELECT j::text FROM "_ProgrammeRegions" j`,
    _ProgrammeAdvisors: `SELECT j::text FROM "_ProgrammeAdvisors" j`,
    _AdvisorTopics: `SELECT j::text FROM "_AdvisorTopics" j`,
    _AdvisorRegions: `SELECT j::text FROM "_AdvisorRegions" j`,
    ServiceTopicMapping: `SELECT (to_jsonb(m)${drop})::text FROM "ServiceTopicMapping" m`,
    _ServiceTopics: `SELECT j::text FROM "_ServiceTopics" j`,
    Initiative: `SELECT (to_jsonb(i)${drop})::text FROM "Initiative" i`,
    InitiativeMilestone: `SELECT m::text FROM "InitiativeMilestone" m`,
    InitiativeSourceLink: `SELECT s::text FROM "InitiativeSourceLink" s`,
    _InitiativeTopics: `SELECT j::text FROM "_InitiativeTopics" j`,
    _InitiativeRegions: `SELECT j::text FROM "_InitiativeRegions" j`,
  };
  return withClient(url, async (c) => {
    const result: Record<string, string[]> = {};
    for (const [table, sql] of Object.entries(tables)) {
      const rows = (await c.query<{ text: string }>(`SELECT x AS text FROM (${sql}) AS s(x) ORDER BY 1`)).rows;
      result[table] = rows.map((r) => r.text);
    }
    return result;
  });
}
