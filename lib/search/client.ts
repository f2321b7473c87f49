import type { Db } from "@/lib/db/client";

/**
 * The database handle search code works with: the app's client or an interactive transaction of
 * it (Prisma's own TransactionClient type lacks the client's `omit` options, so db would not fit).
 */
export type SearchClient = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
