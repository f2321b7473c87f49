import { db } from "@/lib/db/client";
import type { SearchClient } from "@/lib/search/client";

// Search tests work inside a transaction that is rolled back at the end: the shared test database
// never sees their documents, and clear() cannot wipe an index someone else built there.

const ROLLBACK = Symbol("rollback");

export async function openRollbackTransaction(): Promise<{ tx: SearchClient; rollback: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let opened!: (tx: SearchClient) => void;
  const ready = new Promise<SearchClient>((resolve) => (opened = resolve));
  const finished = db
    .$transaction(
      async (tx) => {
        opened(tx);
        await released;
        throw ROLLBACK;
      },
      { timeout: 10 * 60_000, maxWait: 30_000 },
    )
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  const tx = await Promise.race([ready, finished.then(() => Promise.reject(new Error("transaction ended early")))]);
  return {
    tx,
    rollback: async () => {
      release();
      await finished;
    },
  };
}
