// npm run search:reindex — rebuilds the search index from the database (published entries only).
// Run it after `npm run db:seed` (the seed writes entities, not search documents) and after
// changing data outside the app.
//
// PostgreSQL: one transaction upserts every document (unchanged rows are not rewritten) and then
// deletes the rest, so searches see the old index until the new one is complete and the table does
// not bloat. With SEARCH_ENGINE=meilisearch its index is cleared and refilled from the same batches.
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { getSearchEngine } from "@/lib/search";
import { buildAllDocuments, countPublishedEntries } from "@/lib/search/documents";
import { executeSql, sql } from "@/lib/search/postgres/sql";
import { deleteAllTerms, deleteDocumentsExcept, writeDocuments } from "@/lib/search/postgres/write";
import { createProgress } from "@/lib/search/progress";

const BATCH = 1000;
const TRANSACTION_TIMEOUT_MS = 30 * 60_000;

async function main() {
  const started = Date.now();
  const counts = await countPublishedEntries(db);
  const total = counts.programme + counts.advisor + counts.provider;
  const external = env.SEARCH_ENGINE === "meilisearch" && env.MEILISEARCH_HOST ? await getSearchEngine() : null;
  const progress = createProgress("search:reindex", total);

  await db.$transaction(
    async (tx) => {
      // The vocabulary for typo correction is rebuilt from the same documents.
      await deleteAllTerms(tx);
      await external?.clear();
      const seen: string[] = [];
      progress.update(0);
      for await (const batch of buildAllDocuments({ client: tx, batchSize: BATCH })) {
        await writeDocuments(tx, batch);
        await external?.index(batch);
        seen.push(...batch.map((doc) => doc.id));
        progress.update(seen.length);
      }
      await deleteDocumentsExcept(tx, seen);
      progress.finish(`${seen.length} documents indexed`);
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );
  // Fresh statistics for the planner and an up-to-date visibility map.
  await executeSql(db, sql`VACUUM ANALYZE "SearchDocument"`);
  await executeSql(db, sql`VACUUM ANALYZE "SearchMatch"`);
  await executeSql(db, sql`VACUUM ANALYZE "SearchTerm"`);
  await executeSql(db, sql`VACUUM ANALYZE "SearchWord"`);
  const engines = external ? "postgres + meilisearch" : "postgres";
  console.error(`search:reindex: ${engines}, ${total} published entries in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error("search:reindex failed:", error instanceof Error ? error.message : error);
    await db.$disconnect();
    process.exit(1);
  });
