import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { SearchClient } from "@/lib/search/client";
import { documentId } from "@/lib/search/documents";
import { createPostgresEngine } from "@/lib/search/postgres/engine";
import { syncDocuments } from "@/lib/search/sync";
import { baseQuery } from "./fixtures";

const ROLLBACK = new Error("rollback");

/** Runs `fn` in a transaction that is always rolled back. */
async function inRolledBackTransaction(fn: (tx: SearchClient) => Promise<void>) {
  const run = db.$transaction(
    async (tx) => {
      await fn(tx);
      throw ROLLBACK;
    },
    { timeout: 60_000 },
  );
  await expect(run).rejects.toBe(ROLLBACK);
}

describe("syncDocuments", () => {
  it("indexes a newly published entry and removes it when it is unpublished, inside the caller's transaction", async () => {
    const provider = await db.provider.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true, slug: true, name: true } });
    await inRolledBackTransaction(async (tx) => {
      const engine = createPostgresEngine(tx);
      await engine.remove([documentId("provider", provider.id)]);
      await tx.provider.update({ where: { id: provider.id }, data: { name: "Zyklotron Digitalwerkstatt" } });
      await syncDocuments(tx, "provider", [provider.id]);
      expect((await engine.search({ ...baseQuery, text: "Zyklotron" })).hits.map((h) => h.slug)).toEqual([provider.slug]);

      await tx.provider.update({ where: { id: provider.id }, data: { status: "DRAFT" } });
      await syncDocuments(tx, "provider", [provider.id, "does-not-exist"]);
      expect((await engine.search({ ...baseQuery, text: "Zyklotron" })).total).toBe(0);
    });
    // Rolled back with the change: the committed index never saw the new name.
    expect((await createPostgresEngine(db).search({ ...baseQuery, text: "Zyklotron" })).total).toBe(0);
  });
});
