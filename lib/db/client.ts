import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";
import { reportDatabaseError, watchedPool } from "./availability";

// The one place that creates the Prisma client (docs/conventions.md, rule 1).
function createClient() {
  // A pool of our own, so that losing the database is noticed at once (lib/db/availability.ts).
  const pool = watchedPool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  const adapter = new PrismaPg(pool, { onPoolError: reportDatabaseError, onConnectionError: reportDatabaseError });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

const globalForPrisma = globalThis as unknown as { db?: ReturnType<typeof createClient> };

export const db = globalForPrisma.db ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.db = db;

export type Db = typeof db;
/** An interactive transaction of the app's client (keeps the client's `omit` options). */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
export * from "./enums";
export type { Prisma } from "./generated/client";
