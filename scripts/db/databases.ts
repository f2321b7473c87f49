import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectionConfig } from "./config.ts";

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Runs `fn` with a client on the server's `postgres` maintenance database. */
async function withMaintenanceClient<T>(serverUrl: string, fn: (c: pg.Client) => Promise<T>) {
  const client = new pg.Client(connectionConfig(serverUrl, "postgres"));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` unless it exists; returns whether it was created. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = connectionConfig(url).database as string;
  return withMaintenanceClient(url, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (error) {
      // Another process may have created it between the check and the CREATE.
      if ((error as { code?: string }).code !== "42P04") throw error;
      return false;
    }
    return true;
  });
}

export async function databaseExists(url: string): Promise<boolean> {
  const name = connectionConfig(url).database as string;
  return withMaintenanceClient(url, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    return Boolean(found.rowCount);
  });
}

const temporary = new Map<string, string>();
let verbose = false;
export const reportTemporaryDatabases = (on: boolean) => void (verbose = on);
const report = (message: string) => verbose && process.stderr.write(`${message}\n`);

/** A fresh, uniquely named database on the same server, never the application's database. */
export async function createTemporaryDatabase(serverUrl: string, prefix = "prisma_shadow"): Promise<string> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withMaintenanceClient(serverUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  temporary.set(name, serverUrl);
  report(`created temporary database ${name}`);
  return name;
}

// FORCE: the engine never closes its connections itself, and a leftover session must not
// keep a temporary database alive.
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withMaintenanceClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  );
  if (temporary.delete(name)) report(`dropped temporary database ${name}`);
}

/** Last-resort cleanup for interrupted runs (SIGINT/SIGTERM). */
export async function dropTemporaryDatabases(): Promise<void> {
  for (const [name, serverUrl] of [...temporary]) await dropDatabase(serverUrl, name).catch(() => {});
}
