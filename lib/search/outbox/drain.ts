import { db } from "@/lib/db/client";
import type { SearchDocType, SearchDocument, SearchEngine } from "@/lib/search/types";
import { backoffDelay } from "./backoff";
import { parseDocumentId, type OutboxOperation } from "./enqueue";
import { describeError } from "./redact";

export type BuildDocuments = (type: SearchDocType, entityIds?: string[]) => Promise<SearchDocument[]>;

export interface DrainOptions {
  engine: Pick<SearchEngine, "index" | "remove">;
  /** Builds the published documents from the database (unpublished or deleted ids yield none). */
  buildDocuments: BuildDocuments;
  batchSize?: number;
  now?: Date;
  /** How long claimed rows stay invisible to other drains; after a crash they come back then. */
  leaseMs?: number;
  random?: () => number;
}

export interface DrainResult {
  /** Outbox rows claimed (several rows of one document count once below). */
  claimed: number;
  upserted: number;
  deleted: number;
  /** Documents whose rows were rescheduled. */
  failed: number;
}

interface ClaimedRow {
  id: bigint;
  documentId: string;
  operation: OutboxOperation;
  attempts: number;
}

const utc = (date: Date) => date.toISOString();

/**
 * Claims due rows: one statement, so its row locks last only as long as the claim. SKIP LOCKED
 * makes concurrent drains take disjoint rows instead of waiting or taking the same ones; the lease
 * (availableAt moved forward) keeps them away from other drains while we talk to the engine, so no
 * database transaction stays open across network calls.
 */
async function claim(batchSize: number, now: Date, leaseUntil: Date): Promise<ClaimedRow[]> {
  const rows = await db.$queryRaw<ClaimedRow[]>`
    UPDATE "SearchOutbox" SET "availableAt" = (${utc(leaseUntil)}::timestamptz AT TIME ZONE 'UTC')
    WHERE "id" IN (
      SELECT "id" FROM "SearchOutbox"
      WHERE "processedAt" IS NULL AND "availableAt" <= (${utc(now)}::timestamptz AT TIME ZONE 'UTC')
      ORDER BY "id"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "documentId", "operation"::text AS "operation", "attempts"`;
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Pushes one batch of the outbox to the engine. At-least-once: a document may be sent twice, never lost. */
export async function drainOutbox(options: DrainOptions): Promise<DrainResult> {
  const now = options.now ?? new Date();
  const rows = await claim(options.batchSize ?? 100, now, new Date(now.getTime() + (options.leaseMs ?? 5 * 60_000)));
  const result: DrainResult = { claimed: rows.length, upserted: 0, deleted: 0, failed: 0 };
  if (rows.length === 0) return result;

  // Coalesce: the latest row of a document decides; all its rows share the outcome.
  const latest = new Map<string, ClaimedRow>();
  for (const row of rows) latest.set(row.documentId, row);
  const invalid: string[] = [];
  const upserts = new Map<SearchDocType, string[]>();
  const deletes: string[] = [];
  for (const [documentId, row] of latest) {
    const parsed = parseDocumentId(documentId);
    if (!parsed) invalid.push(documentId);
    else if (row.operation === "DELETE") deletes.push(documentId);
    else upserts.set(parsed.type, [...(upserts.get(parsed.type) ?? []), parsed.entityId]);
  }

  const failures = new Map<string, string>();
  // Upserts are rebuilt from the database now, so the index converges on the current state even if
  // the row is old; what is no longer published (or gone) is deleted instead.
  for (const [type, entityIds] of upserts) {
    const ids = entityIds.map((entityId) => `${type}:${entityId}`);
    try {
      const documents = (await options.buildDocuments(type, entityIds)).filter((doc) => ids.includes(doc.id));
      const found = new Set(documents.map((doc) => doc.id));
      await options.engine.index(documents);
      result.upserted += found.size;
      deletes.push(...ids.filter((id) => !found.has(id)));
    } catch (error) {
      for (const id of ids) failures.set(id, describeError(error));
    }
  }
  if (deletes.length > 0) {
    try {
      await options.engine.remove(deletes);
      result.deleted += deletes.length;
    } catch (error) {
      for (const id of deletes) failures.set(id, describeError(error));
    }
  }
  result.failed = failures.size;
  await settle(rows, failures, invalid, now, options.random);
  return result;
}

async function settle(rows: ClaimedRow[], failures: Map<string, string>, invalid: string[], now: Date, random?: () => number) {
  const done = rows.filter((row) => !failures.has(row.documentId) && !invalid.includes(row.documentId)).map((row) => row.id);
  const failed = rows.filter((row) => failures.has(row.documentId));
  await db.$transaction([
    db.searchOutbox.updateMany({ where: { id: { in: done } }, data: { processedAt: now, lastError: null } }),
    // Retrying cannot fix an id that names no document: processed, with the reason kept.
    db.searchOutbox.updateMany({
      where: { documentId: { in: invalid }, id: { in: rows.map((row) => row.id) } },
      data: { processedAt: now, lastError: "invalid document id: not retried" },
    }),
    ...failed.map((row) =>
      db.searchOutbox.update({
        where: { id: row.id },
        data: {
          attempts: { increment: 1 },
          availableAt: new Date(now.getTime() + backoffDelay(row.attempts + 1, random)),
          lastError: failures.get(row.documentId),
        },
      }),
    ),
  ]);
}
