import "server-only";
import type { Tx } from "@/lib/db/client";
import { jobSender } from "./boss";
import { JOB_PAYLOADS, type JobName, type JobPayload } from "./queues";

/**
 * Inserts a job inside the caller's Prisma transaction: it exists exactly when the change that
 * caused it committed, and a rollback takes it along. pg-boss writes through any `executeSql`;
 * here that is the transaction's own connection.
 */
export async function enqueue<N extends JobName>(tx: Tx, name: N, data: JobPayload<N>, options: { singletonKey?: string } = {}): Promise<string | null> {
  const payload = JOB_PAYLOADS[name].parse(data);
  const boss = await jobSender();
  const executeSql = async (text: string, values: unknown[] = []) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) });
  return boss.send(name, payload, { ...options, db: { executeSql } });
}
