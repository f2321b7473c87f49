import "server-only";
import { parseDocumentId } from "./documents/shared";
import { describeError } from "./describe-error";
import type { SearchDocType, SearchDocument, SearchEngine } from "./types";

export type BuildDocuments = (type: SearchDocType, entityIds?: string[]) => Promise<SearchDocument[]>;

export type SyncOutcome = { upserted: number; deleted: number };

/**
 * The handler of `search.sync` (Meilisearch only): the documents named in the job are rebuilt from
 * the database *now*, so the index converges on the current state even when jobs run late or out
 * of order; what is no longer published (or gone) is removed. An engine error is thrown, redacted,
 * and the queue retries the job with backoff. At least once: a document may be sent twice, never lost.
 */
export async function syncSearchJob(
  documentIds: readonly string[],
  deps: { engine: Pick<SearchEngine, "index" | "remove">; buildDocuments: BuildDocuments },
): Promise<SyncOutcome> {
  const byType = new Map<SearchDocType, string[]>();
  for (const id of new Set(documentIds)) {
    // A malformed id cannot get better by retrying; it is skipped (enqueue already refuses them).
    const parsed = parseDocumentId(id);
    if (parsed) byType.set(parsed.type, [...(byType.get(parsed.type) ?? []), parsed.entityId]);
  }
  const outcome: SyncOutcome = { upserted: 0, deleted: 0 };
  const gone: string[] = [];
  try {
    for (const [type, entityIds] of byType) {
      const ids = entityIds.map((entityId) => `${type}:${entityId}`);
      const documents = (await deps.buildDocuments(type, entityIds)).filter((doc) => ids.includes(doc.id));
      const found = new Set(documents.map((doc) => doc.id));
      if (documents.length > 0) await deps.engine.index(documents);
      outcome.upserted += found.size;
      gone.push(...ids.filter((id) => !found.has(id)));
    }
    if (gone.length > 0) await deps.engine.remove(gone);
  } catch (error) {
    throw new Error(`search sync failed: ${describeError(error)}`);
  }
  outcome.deleted = gone.length;
  return outcome;
}
