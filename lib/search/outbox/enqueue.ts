import type { Prisma } from "@/lib/db/client";
import { SEARCH_DOC_TYPES, type SearchDocType } from "@/lib/search/types";

export type OutboxOperation = "UPSERT" | "DELETE";

/** Only the outbox table is needed, so both a plain transaction and the app's client type fit. */
export type OutboxWriter = Pick<Prisma.TransactionClient, "searchOutbox">;

/** `programme:<entityId>` → its parts, or null if it is not a search document id. */
export function parseDocumentId(id: string): { type: SearchDocType; entityId: string } | null {
  const colon = id.indexOf(":");
  const type = id.slice(0, colon) as SearchDocType;
  const entityId = id.slice(colon + 1);
  return colon > 0 && entityId && SEARCH_DOC_TYPES.includes(type) ? { type, entityId } : null;
}

/**
 * Records that these search documents must be synced, inside the caller's transaction: the row
 * commits or rolls back together with the publish/edit/unpublish/delete that caused it, so the
 * index can neither miss a committed change nor see one that was rolled back.
 * Call it with the `tx` of `db.$transaction(async (tx) => …)`.
 */
export async function enqueueSearchSync(
  tx: OutboxWriter,
  documentIds: readonly string[],
  operation: OutboxOperation,
): Promise<number> {
  const ids = [...new Set(documentIds)];
  // A malformed id is a programming error; throwing rolls the caller's change back with it.
  const invalid = ids.find((id) => !parseDocumentId(id));
  if (invalid !== undefined) throw new Error(`Not a search document id: ${JSON.stringify(invalid)}`);
  if (ids.length === 0) return 0;
  const { count } = await tx.searchOutbox.createMany({
    data: ids.map((documentId) => ({ documentId, operation, availableAt: new Date() })),
  });
  return count;
}
