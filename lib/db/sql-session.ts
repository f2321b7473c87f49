import "server-only";
import pg from "pg";
import { env } from "@/lib/env";

// A search answers in three round trips of the driver itself (settings and synonyms, the statement,
// COMMIT) on one connection; through Prisma the same took five, each ~1 ms of client overhead,
// which was a sixth of a search at 10 000 entries. Only read-only statements with bound parameters
// run here; writes stay with Prisma and its transactions.

export interface SqlSession {
  /** One parametrized statement ($1 … $n). */
  query<T>(text: string, values: readonly unknown[]): Promise<T[]>;
}

const globalForPool = globalThis as unknown as { sqlSessionPool?: pg.Pool };

function pool(): pg.Pool {
  // allowExitOnIdle: scripts and tests end when their work is done, without closing this pool.
  globalForPool.sqlSessionPool ??= new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE, allowExitOnIdle: true });
  return globalForPool.sqlSessionPool;
}

/**
 * Runs `work` in a transaction on one connection (not declared READ ONLY: with the embedded demo
 * database every connection shares one session, and another connection's write could land in it). `setup` is constant SQL (settings such
 * as SET LOCAL, then at most one SELECT whose rows are handed to `work`), sent with BEGIN in one
 * round trip: it must never contain request data.
 */
export async function withSqlSession<T>(setup: string, work: (setupRows: Record<string, unknown>[], session: SqlSession) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  let broken = false;
  try {
    const results = (await client.query(`BEGIN; ${setup}`)) as unknown as pg.QueryResult[];
    const setupRows = (Array.isArray(results) ? results.at(-1)?.rows : []) ?? [];
    const session: SqlSession = {
      query: async <R>(text: string, values: readonly unknown[]) => (await client.query(text, [...values])).rows as R[],
    };
    const result = await work(setupRows, session);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    // A connection whose rollback failed is closed rather than handed to the next search.
    client.release(broken);
  }
}
