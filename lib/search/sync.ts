import "server-only";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/enqueue";
import type { SearchClient } from "./client";
import { buildDocuments, documentId } from "./documents";
import { createPostgresEngine } from "./postgres/engine";
import type { SearchDocType } from "./types";

/**
 * Brings the search index in line with these entities, inside the caller's transaction (the one
 * that changed them): published entries are (re)built, anything else is removed. The PostgreSQL
 * index therefore commits or rolls back with the change itself. For Meilisearch the same ids go
 * into a `search.sync` job in the same transaction; the worker pushes them (lib/search/sync-job.ts).
 *
 * Callers pass every entity whose document text changed: e.g. publishing a programme also changes
 * the documents of its advisors (they list its title).
 */
const SYNC_BATCH = 500;

export async function syncDocuments(tx: SearchClient, type: SearchDocType, entityIds: readonly string[]): Promise<void> {
  const ids = [...new Set(entityIds)];
  if (ids.length === 0) return;
  const documents = await buildDocuments(type, ids, tx);
  const built = new Set(documents.map((doc) => doc.entityId));
  const gone = ids.filter((id) => !built.has(id)).map((id) => documentId(type, id));
  const engine = createPostgresEngine(tx);
  await engine.index(documents);
  await engine.remove(gone);
  // A job only when a worker pushes to Meilisearch; PostgreSQL is already up to date here.
  if (env.SEARCH_ENGINE === "meilisearch") {
    const documentIds = [...documents.map((doc) => doc.id), ...gone];
    for (let start = 0; start < documentIds.length; start += SYNC_BATCH) {
      await enqueue(tx, "search.sync", { documentIds: documentIds.slice(start, start + SYNC_BATCH) });
    }
  }
}
