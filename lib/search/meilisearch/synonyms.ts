import { db } from "@/lib/db/client";
import type { MeilisearchEngine } from "./engine";

/**
 * Replaces the index's synonyms with the editors' SynonymGroup rows (which start as the default
 * groups). The worker calls it at start and periodically; an editing service may call it after a
 * change. Returns the number of groups pushed.
 */
export async function pushSynonymGroups(engine: Pick<MeilisearchEngine, "updateSynonyms">): Promise<number> {
  const rows = await db.synonymGroup.findMany({ select: { terms: true }, orderBy: { id: "asc" } });
  const groups = rows.map((row) => row.terms).filter((terms) => terms.length > 1);
  await engine.updateSynonyms(groups);
  return groups.length;
}
