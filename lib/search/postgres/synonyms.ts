import type { SearchClient } from "../client";
import type { SynonymGroups } from "../query/clauses";

// Synonym groups (editors, issue 4) are read with every search, not kept in the process: one small
// read, and an editor's change holds for every instance from its commit on.

export async function loadSynonymGroups(client: SearchClient): Promise<SynonymGroups> {
  const rows = await client.synonymGroup.findMany({ select: { terms: true }, orderBy: { id: "asc" } });
  return rows.map((row) => row.terms.map((t) => t.trim().toLowerCase()).filter(Boolean)).filter((g) => g.length > 1);
}
