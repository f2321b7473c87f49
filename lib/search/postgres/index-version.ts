import type { SearchClient } from "../client";
import { executeSql, queryRows, sql, trustedSql } from "./sql";

// The search index version: "SearchIndexVersion".version plus one row of "SearchIndexChange" per
// committed transaction that wrote "SearchDocument", "SearchTerm" or "SynonymGroup" (a statement
// trigger inserts it before the transaction's first such write; migrations search_index_version
// and search_index_change_log). It thus grows with every commit that changes what a search reads,
// whichever process or script wrote it; a rolled-back write leaves it alone; and writers never
// wait for each other on it (inserts do not conflict).
//
// A version reads "<number>@<table oid>": a database dropped and created again (tests, demo)
// counts from 0 again, but its table has another oid, so a long-running process never takes the
// new database's version 3 for the old one's.

/** The version as an SQL expression (a scalar subquery), for statements that report what they saw. */
export const VERSION_SQL = trustedSql(
  `(SELECT (v.version + (SELECT count(*) FROM "SearchIndexChange"))::text || '@' || v.tableoid::text FROM "SearchIndexVersion" v WHERE v.id = 1)`,
);

/** Above this many change rows, a search folds them into the base (in the background). */
export const FOLD_CHANGES_ABOVE = 500;

let folding: Promise<void> | null = null;

/**
 * Moves change rows into the base in one statement, so readers see the same sum before and after.
 * SKIP LOCKED: concurrent folds take different rows; uncommitted rows are not visible to it.
 */
export async function foldIndexChanges(client: SearchClient): Promise<void> {
  await executeSql(
    client,
    sql`WITH d AS (
        DELETE FROM "SearchIndexChange" WHERE id IN (
          SELECT id FROM "SearchIndexChange" ORDER BY id LIMIT 100000 FOR UPDATE SKIP LOCKED)
        RETURNING 1)
      UPDATE "SearchIndexVersion" SET version = version + (SELECT count(*) FROM d) WHERE id = 1`,
  );
}

/** The committed version (null if the row is missing, e.g. an unmigrated database). */
export async function readIndexVersion(client: SearchClient): Promise<string | null> {
  const [row] = await queryRows<{ version: string | null; changes: number }>(
    client,
    sql`SELECT ${VERSION_SQL} AS version, (SELECT count(*)::int FROM "SearchIndexChange") AS changes`,
  );
  if (row && row.changes > FOLD_CHANGES_ABOVE && !folding) {
    folding = foldIndexChanges(client)
      .catch((error: unknown) => console.error(`[search] folding index changes failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`))
      .finally(() => {
        folding = null;
      });
  }
  return row?.version ?? null;
}

/** Whether `a` is an older version of the same table than `b` (another table: never older). */
export function isOlderVersion(a: string, b: string): boolean {
  const [counterA, tableA] = a.split("@");
  const [counterB, tableB] = b.split("@");
  return tableA === tableB && BigInt(counterA!) < BigInt(counterB!);
}
