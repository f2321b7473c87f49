import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { startOfBerlinDay } from "@/lib/dates";
import { db, type Prisma, type Tx } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { loadRunningJob } from "./jobs";
import { failureOf } from "./failure";
import type { CreatedEntry, ImportReport } from "./report";
import { cellText } from "./values";
import type { EntityImporter } from "./types";

// Long enough for MAX_ROWS rows (measured: roughly 0.2 s per row with search sync and audit).
const TRANSACTION_TIMEOUT_MS = 30 * 60_000;

export type CommitOptions = {
  /** how often `processed` is written (rows); the page polls it */
  progressEvery?: number;
  onProgress?: (processed: number, total: number) => void | Promise<void>;
};

/**
 * Writes every row of a claimed (RUNNING) job in one transaction through the domain's *Tx
 * functions, so each entry gets its own audit rows and search sync; any failure rolls back all of
 * it and the job names the row. The progress counter is written through `db`, outside the
 * transaction, so that other requests can read it while the transaction is still open.
 *
 * The cached pages of the written entries are expired by a `cache.invalidate` job queued in the
 * same transaction, whoever runs the commit (the worker for the editor area, the CLI): the job
 * exists exactly when the rows do, and the worker asks the app to expire them (app/api/intern/cache).
 */
export async function commitImportJob(actor: Actor, jobId: string, importer: EntityImporter, options: CommitOptions = {}) {
  assertCan(actor, "import.run");
  const job = await loadRunningJob(actor, jobId);
  const rows = job.payload;
  const every = options.progressEvery ?? Math.max(1, Math.min(20, Math.ceil(rows.length / 50)));
  const tags = new Set<string>();
  const createdEntries: CreatedEntry[] = [];
  let current = rows[0]?.row ?? 0;
  try {
    await db.$transaction(
      async (tx) => {
        for (const [index, row] of rows.entries()) {
          current = row.row;
          const input = importer.schema.parse(row.values);
          const written = row.existing ? await importer.update(tx, actor, row.existing, input) : await importer.create(tx, actor, input);
          if (row.verifiedAt !== undefined) await importer.setVerified(tx, actor, written.id, row.verifiedAt ? startOfBerlinDay(row.verifiedAt) : null);
          if (!row.existing) createdEntries.push({ id: written.id, slug: written.slug, title: cellText(row.values[importer.titleKey]) });
          for (const tag of written.tags) tags.add(tag);
          const processed = index + 1;
          if (processed % every === 0 && processed < rows.length) {
            await db.importJob.update({ where: { id: job.id }, data: { processed } });
            await options.onProgress?.(processed, rows.length);
          }
        }
        const created = rows.filter((row) => !row.existing).length;
        await recordAudit(tx, {
          actor,
          action: "import.committed",
          entityType: "import",
          entityId: job.id,
          before: null,
          after: { entityType: job.entityType, fileName: job.fileName, created, updated: rows.length - created },
        });
        await enqueueInvalidation(tx, [...tags]);
        // DONE commits together with the rows: a job never says DONE for data that rolled back.
        const report: ImportReport = { ...job.report, createdEntries };
        await tx.importJob.update({
          where: { id: job.id },
          data: { status: "DONE", processed: rows.length, finishedAt: new Date(), report: report as unknown as Prisma.InputJsonValue },
        });
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
    );
  } catch (error) {
    const failure = failureOf(error, current, importer.columns);
    if (failure.key === "commit.unexpected") console.error("import commit failed", error);
    const report: ImportReport = { ...job.report, failure };
    await db.importJob.update({
      where: { id: job.id },
      data: { status: "FAILED", finishedAt: new Date(), report: report as unknown as Prisma.InputJsonValue },
    });
    return { ok: false as const, failure };
  }
  await options.onProgress?.(rows.length, rows.length);
  return { ok: true as const, total: rows.length, tags: [...tags], createdEntries };
}

// The job payload takes at most 100 tags.
const TAGS_PER_JOB = 100;

async function enqueueInvalidation(tx: Tx, tags: string[]) {
  for (let start = 0; start < tags.length; start += TAGS_PER_JOB) await enqueue(tx, "cache.invalidate", { tags: tags.slice(start, start + TAGS_PER_JOB) });
}
