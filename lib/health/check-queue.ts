import "server-only";
import { db } from "@/lib/db/client";
import { JOBS_SCHEMA } from "@/lib/jobs/boss";

/** A job due this long without a worker taking it means no worker runs (or too few). */
export const OVERDUE_AFTER_SECONDS = 300;

export type QueueHealth =
  | { status: "ok" | "backlog"; waiting: number; overdue: number; failedLastHour: number; overdueAfterSeconds: number }
  | { status: "error" };

/**
 * The job queue's backlog (pg-boss, schema "pgboss"): jobs waiting (created, or waiting for a
 * retry), those among them due for longer than OVERDUE_AFTER_SECONDS, and jobs that failed for good
 * in the last hour. A backlog is reported, not a reason for 503: the app itself still serves pages.
 */
export async function checkQueue(): Promise<QueueHealth> {
  try {
    const [row] = await db.$queryRawUnsafe<{ waiting: bigint; overdue: bigint; failed: bigint }[]>(
      `SELECT count(*) FILTER (WHERE state IN ('created', 'retry')) AS waiting,
              count(*) FILTER (WHERE state IN ('created', 'retry')
                                 AND start_after < now() - make_interval(secs => $1)) AS overdue,
              count(*) FILTER (WHERE state = 'failed' AND completed_on > now() - interval '1 hour') AS failed
         FROM "${JOBS_SCHEMA}".job`,
      OVERDUE_AFTER_SECONDS,
    );
    const overdue = Number(row?.overdue ?? 0);
    return {
      status: overdue > 0 ? "backlog" : "ok",
      waiting: Number(row?.waiting ?? 0),
      overdue,
      failedLastHour: Number(row?.failed ?? 0),
      overdueAfterSeconds: OVERDUE_AFTER_SECONDS,
    };
  } catch (error) {
    // No pgboss schema yet (no instance ever queued a job), or the database is down.
    console.error(`[health] queue check failed: ${error instanceof Error ? error.name : "unknown error"}`);
    return { status: "error" };
  }
}
