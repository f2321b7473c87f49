import "server-only";
import type { Prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { SearchClient } from "./client";
import { buildDocuments, documentId } from "./documents";
import { enqueueSearchSync } from "./outbox/enqueue";
import { createPostgresEngine } from "./postgres/engine";
import type { SearchDocType } from "./types";

/**
 * Brings the search index in line with these entities, inside the caller's transaction (the one
 * that changed them): published entries are (re)built, anything else is removed. The PostgreSQL
 * index therefore commits or rolls back with the change itself. For Meilisearch the same ids go
 * to the outbox in the same transaction; lib/search/outbox drains it.
 *
 * Callers pass every entity whose document text changed: e.g. publishing a programme also changes
 * the documents of its advisors (they list its title).
 */
export async function syncDocuments(tx: SearchClient, type: SearchDocType, entityIds: readonly string[]): Promise<void> {
  const ids = [...new Set(entityIds)];
  if (ids.length === 0) return;
  const documents = await buildDocuments(type, ids, tx);
  const built = new Set(documents.map((doc) => doc.entityId));
  const gone = ids.filter((id) => !built.has(id)).map((id) => documentId(type, id));
  const engine = createPostgresEngine(tx);
  await engine.index(documents);
  await engine.remove(gone);
  // Outbox rows only when something drains them; with PostgreSQL alone they would pile up.
  if (env.SEARCH_ENGINE === "meilisearch") {
    // enqueueSearchSync is typed for Prisma's plain TransactionClient; ours carries the client's
    // `omit` options, which only narrows the User type the outbox never touches.
    const outboxTx = tx as unknown as Prisma.TransactionClient;
    await enqueueSearchSync(outboxTx, documents.map((doc) => doc.id), "UPSERT");
    await enqueueSearchSync(outboxTx, gone, "DELETE");
  }
}
