import type { SearchClient } from "../client";
import { queryRows, sql } from "./sql";

// "SearchIndexVersion" holds one counter that statement triggers raise, in the writing
// transaction, on every change to "SearchDocument", "SearchTerm" and "SynonymGroup" (migration
// search_index_version). Whatever a search depends on thus changes the version when it commits,
// whichever process or script wrote it, and a rolled-back write leaves it alone.

/** The committed version (null if the row is missing, e.g. an unmigrated database). */
export async function readIndexVersion(client: SearchClient): Promise<string | null> {
  const [row] = await queryRows<{ version: string }>(client, sql`SELECT version::text AS version FROM "SearchIndexVersion" WHERE id = 1`);
  return row?.version ?? null;
}
