import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPostgresEngine, sharedSearchState } from "@/lib/search/postgres/engine";
import { foldIndexChanges, isOlderVersion, readIndexVersion } from "@/lib/search/postgres/index-version";
import type { SearchDocument } from "@/lib/search/types";
import { baseQuery } from "./fixtures";
import { openRollbackTransaction } from "./rollback";

// The result cache and the in-memory index belong to the app's db (committed data only): these
// tests write committed documents to the shared test database and remove them again.

const doc: SearchDocument = {
  id: "programme:rc-quokka",
  type: "programme",
  entityId: "rc-quokka",
  slug: "rc-quokka",
  title: "Quokkaflug Förderprogramm",
  summary: "Zuschuss für Quokkaflug-Betriebe",
  body: "",
  keywords: [],
  facets: { foerderart: ["zuschuss"], gebiet: ["rc-gebiet"] },
  applicationStart: null,
  deadline: "2030-06-15",
  publishedAt: "2030-01-01T08:00:00.000Z",
};
const query = { ...baseQuery, text: "Quokkaflug", facets: ["gebiet", "status"] };

describe("PostgreSQL engine: result cache and index version", () => {
  const engine = createPostgresEngine(db);
  const other: SearchDocument = { ...doc, id: "advisor:rc-wombat", type: "advisor", entityId: "rc-wombat", slug: "rc-wombat", title: "Wombatberatung", summary: "Beratung für Wombats" };
  afterEach(async () => {
    await engine.remove([doc.id, other.id]);
  });

  it("serves repeated searches from the cache until a committed write raises the version", async () => {
    const { stats } = sharedSearchState;
    expect((await engine.search(query)).total).toBe(0);
    const hits = stats.cached;
    expect((await engine.search(query)).total).toBe(0);
    expect(stats.cached).toBe(hits + 1);

    const before = (await readIndexVersion(db))!;
    await engine.index([doc]);
    const after = (await readIndexVersion(db))!;
    expect(isOlderVersion(before, after)).toBe(true);
    const found = await engine.search(query);
    expect(found.hits.map((hit) => hit.slug)).toEqual([doc.slug]);
    expect(found.facetCounts).toEqual({ gebiet: { "rc-gebiet": 1 }, status: { offen: 1 } });

    // The next day the same query is another key: the deadline has passed.
    const tomorrow = await engine.search({ ...query, today: "2030-06-16" });
    expect(tomorrow.facetCounts.status).toEqual({ geschlossen: 1 });

    await engine.remove([doc.id]);
    expect((await engine.search(query)).total).toBe(0);
  });

  it("keeps the version when a write is rolled back, and a transaction never uses the shared cache", async () => {
    const before = await readIndexVersion(db);
    const { tx, rollback } = await openRollbackTransaction();
    try {
      const inTx = createPostgresEngine(tx);
      await inTx.index([doc]);
      expect((await inTx.search(query)).total).toBe(1);
      // Outside the transaction nothing changed, and the cache holds no uncommitted result.
      expect((await engine.search(query)).total).toBe(0);
    } finally {
      await rollback();
    }
    expect(await readIndexVersion(db)).toBe(before);
    expect((await engine.search(query)).total).toBe(0);
  });

  /** An engine without the result cache, and the in-memory index loaded with `doc` indexed. */
  async function withLoadedIndex() {
    await engine.index([doc]);
    // Earlier loads may have paused the next one (memory-holder.ts): start afresh.
    sharedSearchState.memory.clear();
    const uncached = createPostgresEngine(db, { resultCache: false });
    await uncached.search(query);
    await sharedSearchState.memory.settled();
    return uncached;
  }

  it("answers from the in-memory index once it is loaded for the current version", async () => {
    const uncached = await withLoadedIndex();
    const before = sharedSearchState.stats.memory;
    const result = await uncached.search({ ...query, types: ["programme"], filters: { gebiet: ["rc-gebiet"] } });
    expect(sharedSearchState.stats.memory).toBe(before + 1);
    expect(result.hits.map((hit) => hit.slug)).toEqual([doc.slug]);
    expect(result).toEqual(await createPostgresEngine(db, { resultCache: false, memoryIndex: "off" }).search({ ...query, types: ["programme"], filters: { gebiet: ["rc-gebiet"] } }));
  });

  it("answers a new query over the loaded index only when the page statement confirms its version", async () => {
    const uncached = await withLoadedIndex();
    expect((await uncached.search(query)).hits.map((hit) => hit.slug)).toEqual([doc.slug]);

    // A committed write moves the version past the loaded index, which must not answer: it does
    // not know the new advisor, and an empty page would otherwise load nothing that could tell.
    await engine.index([{ ...doc, title: "Quokkaflug Förderprogramm neu" }, other]);
    expect((await uncached.search(query)).hits.map((hit) => hit.title)).toEqual(["Quokkaflug Förderprogramm neu"]);
    expect((await uncached.search({ ...query, text: "Wombatberatung" })).total).toBe(1);
    // An empty answer is confirmed too (no page to load, the statement still reports the version).
    await engine.remove([doc.id]);
    expect((await uncached.search(query)).total).toBe(0);
  });

  it("never makes index writers wait for each other, and still counts each commit", async () => {
    const before = (await readIndexVersion(db))!;
    const { tx, rollback } = await openRollbackTransaction();
    try {
      await createPostgresEngine(tx).index([doc]);
      // Another writer commits while the first transaction is open (a lock would stall it here).
      await engine.index([other]);
      const during = (await readIndexVersion(db))!;
      expect(isOlderVersion(before, during)).toBe(true);
      expect((await engine.search({ ...query, text: "Wombatberatung" })).total).toBe(1);
    } finally {
      await rollback();
    }
  }, 20_000);

  it("folds change rows into the base without changing the version", async () => {
    await engine.index([doc]);
    const before = await readIndexVersion(db);
    await foldIndexChanges(db);
    expect(await readIndexVersion(db)).toBe(before);
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "SearchIndexChange"`);
    expect(row!.n).toBe(0);
    await engine.remove([doc.id]);
    expect(isOlderVersion(before!, (await readIndexVersion(db))!)).toBe(true);
  });
});
