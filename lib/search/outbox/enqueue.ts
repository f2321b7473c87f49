import type { Prisma } from "@/lib/db/client";
import { parseDocumentId } from "@/lib/search/documents/shared";

export { parseDocumentId };

export type OutboxOperation = "UPSERT" | "DELETE";

/** Only the outbox table is needed, so both a plain transaction and the app's client type fit. */
export type OutboxWriter = Pick<Prisma.TransactionClient, "searchOutbox">;

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
