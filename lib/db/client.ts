import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { env } from "@/lib/env";

// The one place that creates the Prisma client (CONVENTIONS rule 1).
function createClient() {
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

const globalForPrisma = globalThis as unknown as { db?: ReturnType<typeof createClient> };

export const db = globalForPrisma.db ?? createClient();
if (env.NODE_ENV !== "production") globalForPrisma.db = db;

export type Db = typeof db;
export * from "./enums";
export type { Prisma } from "./generated/client";
