import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db, type Prisma } from "@/lib/db/client";
import { commitImportJob } from "./commit";
import { getImporter } from "./entities";
import type { ImportReport } from "./report";
import type { ImportEntityType } from "./types";

/**
 * The handler of the `import.commit` job: commits a claimed (RUNNING) import as the editor who
 * started it, with that account's current role (a role taken away meanwhile refuses the commit).
 * A job that is no longer RUNNING (done, failed) is left alone, so a rerun after a crashed worker
 * is safe: the crashed commit's transaction rolled back and the job is still RUNNING.
 */
export async function runQueuedImport(importJobId: string): Promise<"done" | "failed" | "skipped"> {
  const job = await db.importJob.findFirst({
    where: { id: importJobId, status: "RUNNING" },
    select: { id: true, entityType: true, report: true, actor: { select: { id: true, role: true, name: true, email: true, advisorId: true, providerId: true, disabledAt: true } } },
  });
  if (!job) return "skipped";
  const importer = getImporter(job.entityType as ImportEntityType);
  const { disabledAt, ...actor } = job.actor;
  try {
    if (!importer || disabledAt) throw new Error(!importer ? "no importer" : "the importing account is disabled");
    const result = await commitImportJob(actor satisfies Actor, job.id, importer);
    // The commit queued the cache invalidation of the written entries with its rows.
    return result.ok ? "done" : "failed";
  } catch (error) {
    // Refused (role or account changed) or broken before the transaction: the page must say so.
    console.error(`import ${job.id} could not be committed: ${error instanceof Error ? error.message : "unknown error"}`);
    const report: ImportReport = { ...(job.report as unknown as ImportReport), failure: { row: 0, key: "commit.unexpected" } };
    await db.importJob.updateMany({
      where: { id: job.id, status: "RUNNING" },
      data: { status: "FAILED", finishedAt: new Date(), report: report as unknown as Prisma.InputJsonValue },
    });
    return "failed";
  }
}
