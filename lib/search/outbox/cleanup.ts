import { db } from "@/lib/db/client";

/** Deletes rows processed more than `olderThanDays` ago; pending and failing rows are kept. */
export async function cleanupProcessedOutbox(options: { olderThanDays?: number; now?: Date } = {}): Promise<number> {
  const days = options.olderThanDays ?? 7;
  const cutoff = new Date((options.now ?? new Date()).getTime() - days * 86_400_000);
  const { count } = await db.searchOutbox.deleteMany({ where: { processedAt: { lt: cutoff } } });
  return count;
}
