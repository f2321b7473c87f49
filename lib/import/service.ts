import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { commitImportJob, type CommitOptions } from "./commit";
import { dryRunImport } from "./dry-run";
import { getImporter } from "./entities";
import { claimImportJob, saveImportJob } from "./jobs";
import type { ImportEntityType } from "./types";

// The import as the page, the action and the CLI use it: dry run → job → claim → commit.

function importerOrThrow(type: ImportEntityType) {
  const importer = getImporter(type);
  if (!importer) throw new AppError("INVALID", `no importer for ${type}`);
  return importer;
}

/** Checks a file and stores the result as a job of this actor; returns the job id. */
export async function validateImport(actor: Actor, type: ImportEntityType, file: { bytes: Uint8Array; name: string }) {
  const dryRun = await dryRunImport(actor, importerOrThrow(type), file);
  const jobId = await saveImportJob(actor, type, file.name, dryRun);
  return { jobId, report: dryRun.report, total: dryRun.total };
}

/**
 * Claims a validated job (VALIDATED → RUNNING) and queues its `import.commit` job in the same
 * transaction: the worker runs the commit (runQueuedImport), the job page polls its progress.
 */
export async function queueImport(actor: Actor, jobId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    importerOrThrow(await claimImportJob(actor, jobId, tx));
    await enqueue(tx, "import.commit", { importJobId: jobId });
  });
}

/** Claims a validated job (VALIDATED → RUNNING) and returns the commit to run now (the CLI). */
export async function startImport(actor: Actor, jobId: string) {
  const importer = importerOrThrow(await claimImportJob(actor, jobId));
  return (options?: CommitOptions) => commitImportJob(actor, jobId, importer, options);
}
