import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.SEARCH_ENGINE = "meilisearch";
  process.env.MEILISEARCH_HOST = "http://127.0.0.1:2549";
});

import { db } from "@/lib/db/client";
import { jobSender } from "@/lib/jobs/boss";
import { syncDocuments } from "@/lib/search/sync";

const syncJobsFor = async (documentId: string) =>
  Number(
    (await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'search.sync' AND data->'documentIds' @> jsonb_build_array($1::text)`, documentId))[0]!.n,
  );

describe("search sync with Meilisearch", () => {
  it("queues a search.sync job in the transaction of the change, and none when it rolls back", async () => {
    const programme = await db.programme.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    const documentId = `programme:${programme.id}`;
    await jobSender();
    const before = await syncJobsFor(documentId);
    await expect(
      db.$transaction(async (tx) => {
        await syncDocuments(tx, "programme", [programme.id]);
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    expect(await syncJobsFor(documentId)).toBe(before);
    await db.$transaction((tx) => syncDocuments(tx, "programme", [programme.id]));
    expect(await syncJobsFor(documentId)).toBe(before + 1);
  });
});
