import "server-only";
import { PgBoss } from "pg-boss";
import { env } from "@/lib/env";
import { JOB_NAMES, queueOptions } from "./queues";

export const JOBS_SCHEMA = "pgboss";

type Role = "sender" | "worker";

/**
 * A pg-boss instance on the app's database (schema "pgboss"). A sender (every app instance) only
 * inserts jobs: no polling, no maintenance, no cron. A worker (npm run worker) also supervises the
 * queues and runs the schedules. Both install or upgrade pg-boss's schema (it takes an advisory
 * lock, so concurrent starts are safe) and create the queues of lib/jobs/queues.ts, so the app
 * works before any worker has started and a changed retry policy reaches existing queues.
 */
export async function startBoss(role: Role): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    schema: JOBS_SCHEMA,
    max: role === "sender" ? 2 : 4,
    supervise: role === "worker",
    superviseIntervalSeconds: env.JOBS_SUPERVISE_SECONDS,
    monitorIntervalSeconds: env.JOBS_SUPERVISE_SECONDS,
    schedule: role === "worker",
    migrate: true,
  });
  // pg-boss reports connection trouble as events; without a listener Node would throw them.
  boss.on("error", (error: Error) => console.error(`jobs: ${error.message}`));
  await boss.start();
  for (const name of JOB_NAMES) {
    const options = queueOptions(name);
    await boss.createQueue(name, options);
    // retryDelayMax can only be set when a queue is created.
    const { retryLimit, retryDelay, retryBackoff, expireInSeconds, retentionSeconds } = options;
    await boss.updateQueue(name, { retryLimit, retryDelay, retryBackoff, expireInSeconds, retentionSeconds });
  }
  return boss;
}

const globalForBoss = globalThis as unknown as { jobSender?: Promise<PgBoss> };

/** The process's sender, started on first use; a failed start is tried again on the next call. */
export function jobSender(): Promise<PgBoss> {
  globalForBoss.jobSender ??= startBoss("sender").catch((error: unknown) => {
    globalForBoss.jobSender = undefined;
    throw error;
  });
  return globalForBoss.jobSender;
}
