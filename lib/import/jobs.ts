import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db, type Db, type Prisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { DryRun, PayloadRow } from "./dry-run";
import { hasErrors, type ImportReport } from "./report";
import type { ImportEntityType } from "./types";

// Longer than the commit transaction may run (lib/import/commit.ts).
const STALE_AFTER_MS = 31 * 60_000;

export type ImportJobView = {
  id: string;
  entityType: ImportEntityType;
  fileName: string;
  status: "VALIDATED" | "RUNNING" | "DONE" | "FAILED";
  total: number;
  processed: number;
  report: ImportReport;
  createdAt: Date;
  finishedAt: Date | null;
};

/** Stores a dry run's result: ready rows in `payload`, errors in `report` (then nothing can be committed). */
export async function saveImportJob(actor: Actor, type: ImportEntityType, fileName: string, dryRun: DryRun): Promise<string> {
  assertCan(actor, "import.run");
  const job = await db.importJob.create({
    data: {
      actorId: actor.id,
      entityType: type,
      fileName: fileName.slice(0, 200),
      status: "VALIDATED",
      total: dryRun.total,
      payload: (hasErrors(dryRun.report) ? [] : dryRun.payload) as unknown as Prisma.InputJsonValue,
      report: dryRun.report as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return job.id;
}

/** A job of this actor (jobs belong to whoever uploaded the file). */
export async function getImportJob(actor: Actor | null, id: string): Promise<ImportJobView | null> {
  const { id: actorId } = assertCan(actor, "import.run");
  const job = await db.importJob.findFirst({
    where: { id, actorId },
    select: { id: true, entityType: true, fileName: true, status: true, total: true, processed: true, report: true, createdAt: true, updatedAt: true, finishedAt: true },
  });
  if (!job) return null;
  const { updatedAt, ...view } = job;
  const report = job.report as unknown as ImportReport;
  // A commit whose process ended (restart, crash) rolled back with its transaction but left the job
  // RUNNING; once the transaction's time limit has passed without progress, it cannot still run.
  if (job.status === "RUNNING" && Date.now() - updatedAt.getTime() > STALE_AFTER_MS)
    return { ...view, status: "FAILED", entityType: job.entityType as ImportEntityType, report: { ...report, failure: { row: 0, key: "commit.interrupted" } } };
  return { ...view, entityType: job.entityType as ImportEntityType, report };
}

/**
 * Moves a validated, error-free job to RUNNING in one statement (VALIDATED is part of the where
 * clause), so a double click or a second tab cannot start the same import twice.
 */
export async function claimImportJob(actor: Actor, id: string, client: Tx | Db = db): Promise<ImportEntityType> {
  assertCan(actor, "import.run");
  const job = await client.importJob.findFirst({ where: { id, actorId: actor.id }, select: { entityType: true, report: true } });
  if (!job) throw new AppError("NOT_FOUND", "import job not found");
  if (hasErrors(job.report as unknown as ImportReport)) throw new AppError("INVALID", "import job has errors");
  const { count } = await client.importJob.updateMany({
    where: { id, actorId: actor.id, status: "VALIDATED" },
    data: { status: "RUNNING", processed: 0 },
  });
  if (count === 0) throw new AppError("CONFLICT", "import job already started");
  return job.entityType as ImportEntityType;
}

export async function loadRunningJob(actor: Actor | null, id: string) {
  const { id: actorId } = assertCan(actor, "import.run");
  const job = await db.importJob.findFirst({
    where: { id, actorId, status: "RUNNING" },
    select: { id: true, entityType: true, fileName: true, payload: true, report: true },
  });
  if (!job) throw new AppError("NOT_FOUND", "no running import job");
  return { ...job, entityType: job.entityType as ImportEntityType, payload: job.payload as unknown as PayloadRow[], report: job.report as unknown as ImportReport };
}

/** The actor's latest jobs for the import page. */
export async function listRecentImportJobs(actor: Actor | null, take = 10) {
  const { id: actorId } = assertCan(actor, "import.run");
  return db.importJob.findMany({
    where: { actorId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, entityType: true, fileName: true, status: true, createdAt: true, report: true },
  });
}
