import type { SearchClient } from "../client";
import type { SynonymGroups } from "../query/clauses";

// Synonym groups (editors, issue 4) are read with every search, not kept in the process: one small
// read, and an editor's change holds for every instance from its commit on.

/** The same read as loadSynonymGroups, as constant SQL for a driver session's first round trip. */
export const SYNONYM_GROUPS_SQL = `SELECT terms FROM "SynonymGroup" ORDER BY id`;

export function toSynonymGroups(rows: readonly { terms: readonly string[] }[]): SynonymGroups {
  return rows.map((row) => row.terms.map((t) => t.trim().toLowerCase()).filter(Boolean)).filter((g) => g.length > 1);
}

export async function loadSynonymGroups(client: SearchClient): Promise<SynonymGroups> {
  return toSynonymGroups(await client.synonymGroup.findMany({ select: { terms: true }, orderBy: { id: "asc" } }));
}
