import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { backoffDelay } from "@/lib/search/outbox/backoff";
import { cleanupProcessedOutbox } from "@/lib/search/outbox/cleanup";
import { drainOutbox, type BuildDocuments } from "@/lib/search/outbox/drain";
import { enqueueSearchSync } from "@/lib/search/outbox/enqueue";
import type { SearchDocument, SearchEngine } from "@/lib/search/types";

// Unique ids; rows other files left pending are parked (moved far into the future) and restored,
// so every drain here sees only this file's rows.
const prefix = `it-outbox-${process.pid}-${Date.now()}`;
const docId = (name: string) => `programme:${prefix}-${name}`;
const mine = { documentId: { startsWith: `programme:${prefix}` } };
const rowsOf = (id: string) => db.searchOutbox.findMany({ where: { documentId: id }, orderBy: { id: "asc" } });
const enqueue = (ids: string[], op: "UPSERT" | "DELETE") => db.$transaction((tx) => enqueueSearchSync(tx, ids, op));
let parked: { id: bigint; availableAt: Date }[] = [];

const published = new Set<string>();
const buildDocuments: BuildDocuments = async (type, entityIds = []) =>
  entityIds
    .map((entityId) => `${type}:${entityId}`)
    .filter((id) => published.has(id))
    .map((id): SearchDocument => ({
      id, type, entityId: id.split(":")[1]!, slug: id, title: `T ${id}`, summary: "", body: "", keywords: [], facets: {},
      applicationStart: null, deadline: null, publishedAt: "2026-01-01T00:00:00.000Z",
    }));

function fakeEngine(options: { failures?: number; message?: string; delayMs?: number } = {}) {
  let failuresLeft = options.failures ?? 0;
  const log: { op: "index" | "remove"; ids: string[] }[] = [];
  const step = async () => {
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (failuresLeft-- > 0) throw new Error(options.message ?? "engine down");
  };
  const engine: Pick<SearchEngine, "index" | "remove"> = {
    async index(docs) { await step(); log.push({ op: "index", ids: docs.map((d) => d.id) }); },
    async remove(ids) { await step(); log.push({ op: "remove", ids }); },
  };
  return { engine, log };
}

beforeAll(async () => {
  parked = await db.searchOutbox.findMany({ where: { processedAt: null }, select: { id: true, availableAt: true } });
  await db.searchOutbox.updateMany({ where: { id: { in: parked.map((r) => r.id) } }, data: { availableAt: new Date("2999-01-01T00:00:00Z") } });
});

afterEach(async () => {
  published.clear();
  await db.searchOutbox.deleteMany({ where: mine });
});

afterAll(async () => {
  for (const row of parked) await db.searchOutbox.update({ where: { id: row.id }, data: { availableAt: row.availableAt } });
  await db.organisation.deleteMany({ where: { slug: { startsWith: prefix } } });
});

describe("enqueueSearchSync", () => {
  it("writes nothing when the caller's transaction rolls back, and a row when it commits", async () => {
    const change = (slug: string, fail: boolean) =>
      db.$transaction(async (tx) => {
        await tx.organisation.create({ data: { slug, name: "Outbox-Test", kind: "KAMMER" } });
        await enqueueSearchSync(tx, [docId(slug)], "UPSERT");
        if (fail) throw new Error("rolled back on purpose");
      });
    await expect(change(`${prefix}-a`, true)).rejects.toThrow("on purpose");
    expect(await rowsOf(docId(`${prefix}-a`))).toEqual([]);
    expect(await db.organisation.count({ where: { slug: `${prefix}-a` } })).toBe(0);

    await change(`${prefix}-b`, false);
    const [row] = await rowsOf(docId(`${prefix}-b`));
    expect(row).toMatchObject({ operation: "UPSERT", attempts: 0, processedAt: null, lastError: null });
  });

  it("refuses an id that names no search document (and so rolls the change back)", async () => {
    await expect(enqueue([docId("ok"), "nonsense:1"], "UPSERT")).rejects.toThrow(/nonsense/);
    expect(await rowsOf(docId("ok"))).toEqual([]);
  });
});

describe("drainOutbox", () => {
  it("retries with backoff after failures, keeps the row, and converges", async () => {
    const id = docId("retry");
    published.add(id);
    await enqueue([id], "UPSERT");
    const { engine, log } = fakeEngine({ failures: 2, message: "HTTP 503 for max.mustermann@example.org with apiKey=s3cr3t" });
    const random = () => 0.5;
    const t0 = new Date(Date.now() + 1000);

    expect(await drainOutbox({ engine, buildDocuments, now: t0, random })).toMatchObject({ claimed: 1, failed: 1 });
    let [row] = await rowsOf(id);
    expect(row).toMatchObject({ attempts: 1, processedAt: null });
    expect(row!.availableAt.getTime()).toBe(t0.getTime() + backoffDelay(1, random));
    expect(row!.lastError).toContain("HTTP 503");
    expect(row!.lastError).not.toMatch(/mustermann|s3cr3t/);

    expect((await drainOutbox({ engine, buildDocuments, now: new Date(row!.availableAt.getTime() - 1) })).claimed).toBe(0);

    const t1 = row!.availableAt;
    await drainOutbox({ engine, buildDocuments, now: t1, random });
    [row] = await rowsOf(id);
    expect(row).toMatchObject({ attempts: 2, processedAt: null });
    expect(row!.availableAt.getTime()).toBe(t1.getTime() + backoffDelay(2, random));
    expect(backoffDelay(2, random)).toBeGreaterThan(backoffDelay(1, random));

    const t2 = row!.availableAt;
    expect(await drainOutbox({ engine, buildDocuments, now: t2 })).toMatchObject({ claimed: 1, upserted: 1, failed: 0 });
    [row] = await rowsOf(id);
    expect(row).toMatchObject({ attempts: 2, lastError: null, processedAt: t2 });
    expect(log).toEqual([{ op: "index", ids: [id] }]);
  });

  it("coalesces rows of one document (latest wins) and deletes what is no longer published", async () => {
    const [a, b, gone] = [docId("a"), docId("b"), docId("gone")];
    published.add(a).add(b);
    await enqueue([a, b], "UPSERT");
    await enqueue([a], "DELETE");
    await enqueue([a, gone], "UPSERT");
    await enqueue([b], "DELETE");
    const { engine, log } = fakeEngine();
    const result = await drainOutbox({ engine, buildDocuments, now: new Date(Date.now() + 1000) });
    expect(result).toEqual({ claimed: 6, upserted: 1, deleted: 2, failed: 0 });
    expect(log).toEqual([{ op: "index", ids: [a] }, { op: "remove", ids: [b, gone] }]);
    expect(await db.searchOutbox.count({ where: { ...mine, processedAt: null } })).toBe(0);
  });

  it("skips rows another transaction has locked instead of waiting for them", async () => {
    const [locked, free] = [docId("locked"), docId("free")];
    published.add(locked).add(free);
    await enqueue([locked, free], "UPSERT");
    let release!: () => void;
    let signalLocked!: () => void;
    const isLocked = new Promise<void>((resolve) => (signalLocked = resolve));
    const holder = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "SearchOutbox" WHERE "documentId" = ${locked} FOR UPDATE`;
      signalLocked();
      await new Promise<void>((resolve) => (release = resolve));
    }, { timeout: 30_000 });
    await isLocked;
    const { engine, log } = fakeEngine();
    const now = new Date(Date.now() + 1000);
    expect(await drainOutbox({ engine, buildDocuments, now })).toMatchObject({ claimed: 1 });
    release();
    await holder;
    expect(await drainOutbox({ engine, buildDocuments, now })).toMatchObject({ claimed: 1 });
    expect(log.map((entry) => entry.ids)).toEqual([[free], [locked]]);
  });

  it("lets two concurrent drains share the work without processing any row twice", async () => {
    const ids = Array.from({ length: 40 }, (_, i) => docId(`c${i}`));
    ids.forEach((id) => published.add(id));
    for (const id of ids) await enqueue([id], "UPSERT");
    const now = new Date(Date.now() + 1000);
    const worker = async () => {
      const { engine, log } = fakeEngine({ delayMs: 15 });
      while ((await drainOutbox({ engine, buildDocuments, batchSize: 3, now })).claimed > 0);
      return log.flatMap((entry) => entry.ids);
    };
    const [first, second] = await Promise.all([worker(), worker()]);
    expect(first!.length).toBeGreaterThan(0);
    expect(second!.length).toBeGreaterThan(0);
    expect([...first!, ...second!].sort()).toEqual([...ids].sort());
    expect(await db.searchOutbox.count({ where: { ...mine, processedAt: null } })).toBe(0);
  });
});

describe("cleanupProcessedOutbox", () => {
  it("deletes processed rows older than N days only", async () => {
    const [old, recent, pending] = [docId("old"), docId("recent"), docId("pending")];
    await enqueue([old, recent, pending], "UPSERT");
    const now = new Date();
    await db.searchOutbox.updateMany({ where: { documentId: old }, data: { processedAt: new Date(now.getTime() - 8 * 86_400_000) } });
    await db.searchOutbox.updateMany({ where: { documentId: recent }, data: { processedAt: new Date(now.getTime() - 6 * 86_400_000) } });
    expect(await cleanupProcessedOutbox({ olderThanDays: 7, now })).toBeGreaterThanOrEqual(1);
    expect((await db.searchOutbox.findMany({ where: mine })).map((r) => r.documentId).sort()).toEqual([pending, recent].sort());
  });
});
