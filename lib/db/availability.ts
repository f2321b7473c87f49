import pg from "pg";
import { env } from "@/lib/env";

// Whether the database is reachable, as this process last saw it. When PostgreSQL goes away, the
// app's pool reports its connection errors here; proxy.ts then answers every page with a German
// 503 page (lib/db/outage-page.ts) instead of letting each render fail into a 500, and probes the
// database (at most once per PROBE_INTERVAL_MS, shared by all requests) until it answers again.
// Kept on globalThis: the proxy and the pages are bundled apart but run in one process.

const PROBE_INTERVAL_MS = 500;
const PROBE_TIMEOUT_MS = 1000;

type State = { downSince: number | null; lastProbe: number; probe: Promise<void> | null };
const globalState = globalThis as unknown as { databaseAvailability?: State };
const state: State = (globalState.databaseAvailability ??= { downSince: null, lastProbe: 0, probe: null });

// Refused or broken connections, the server shutting down or starting up, too many clients.
const CONNECTION_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN",
  "57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006", "53300",
]);

/** True for errors that mean "no connection to the database", not a failing statement. */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
  return /Connection terminated|connection timeout|Connection refused|server closed the connection/i.test(error.message);
}

/** Called by the pools with every error; only connection errors mark the database as down. */
export function reportDatabaseError(error: unknown): void {
  if (!isConnectionError(error) || state.downSince !== null) return;
  state.downSince = Date.now();
  const code = (error as { code?: unknown }).code;
  console.error(`Database unreachable (${typeof code === "string" ? code : "connection error"}): pages answer 503 until it is back.`);
}

async function probe(): Promise<void> {
  const client = new pg.Client({ connectionString: env.DATABASE_URL, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    const since = state.downSince;
    state.downSince = null;
    if (since !== null) console.info(`Database reachable again after ${Math.round((Date.now() - since) / 1000)} s.`);
  } catch {
    // still down
  } finally {
    void client.end().catch(() => {});
  }
}

/** False while the database is known to be unreachable (probing, throttled, whether it is back). */
export async function databaseAvailable(): Promise<boolean> {
  if (state.downSince === null) return true;
  if (!state.probe && Date.now() - state.lastProbe >= PROBE_INTERVAL_MS) {
    state.lastProbe = Date.now();
    state.probe = probe().finally(() => {
      state.probe = null;
    });
  }
  if (state.probe) await state.probe;
  return state.downSince === null;
}

/** A pg pool whose connection failures reach reportDatabaseError (for the app's Prisma client). */
export function watchedPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  pool.on("error", reportDatabaseError);
  const connect = pool.connect.bind(pool) as (callback?: (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) => Promise<pg.PoolClient> | void;
  // pool.query() connects through the callback form, adapter-pg's transactions through the promise.
  pool.connect = ((callback?: (error: Error | undefined, client?: pg.PoolClient, done?: () => void) => void) => {
    if (callback) {
      return connect((error, client, done) => {
        if (error) reportDatabaseError(error);
        callback(error, client, done);
      });
    }
    return (connect() as Promise<pg.PoolClient>).catch((error: unknown) => {
      reportDatabaseError(error);
      throw error;
    });
  }) as typeof pool.connect;
  return pool;
}
