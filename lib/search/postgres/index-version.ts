import type { SearchClient } from "../client";
import { queryRows, sql, trustedSql } from "./sql";

// "SearchIndexVersion" holds one counter that a statement trigger raises once per transaction
// writing "SearchDocument", "SearchTerm" or "SynonymGroup" (migration search_index_version).
// Whatever a search depends on thus changes the version when it commits, whichever process or
// script wrote it, and a rolled-back write leaves it alone.
//
// A version reads "<counter>@<table oid>": a database dropped and created again (tests, demo)
// starts counting at 0 again, but its table has another oid, so a long-running process never
// takes the new database's version 3 for the old one's.

/** The version as an SQL expression (a scalar subquery), for statements that report what they saw. */
export const VERSION_SQL = trustedSql(`(SELECT version::text || '@' || tableoid::text FROM "SearchIndexVersion" WHERE id = 1)`);

/** The committed version (null if the row is missing, e.g. an unmigrated database). */
export async function readIndexVersion(client: SearchClient): Promise<string | null> {
  const [row] = await queryRows<{ version: string | null }>(client, sql`SELECT ${VERSION_SQL} AS version`);
  return row?.version ?? null;
}

/** Whether `a` is an older version of the same table than `b` (another table: never older). */
export function isOlderVersion(a: string, b: string): boolean {
  const [counterA, tableA] = a.split("@");
  const [counterB, tableB] = b.split("@");
  return tableA === tableB && BigInt(counterA!) < BigInt(counterB!);
}
