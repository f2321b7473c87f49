import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { bucketKey, hit, isLocked, refund, reset } from "@/lib/rate-limit/bucket";

const LIMIT = { limit: 3, windowMs: 15 * 60_000, lockMs: 10 * 60_000 };
const freshKey = () => bucketKey("it-test", randomUUID());

describe("rate-limit buckets", () => {
  it("counts parallel hits exactly (one atomic statement per hit)", async () => {
    const key = freshKey();
    const results = await Promise.all(Array.from({ length: 10 }, () => hit(key, { ...LIMIT, limit: 100 })));
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("locks at the limit and reports the lock until it has passed", async () => {
    const key = freshKey();
    expect(await hit(key, LIMIT)).toEqual({ count: 1, lockedUntil: null });
    expect((await hit(key, LIMIT)).lockedUntil).toBeNull();
    const third = await hit(key, LIMIT);
    expect(third.lockedUntil).not.toBeNull();
    expect(await isLocked(key)).toEqual(third.lockedUntil);
    await db.rateLimitBucket.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1) } });
    expect(await isLocked(key)).toBeNull();
  });

  it("starts a new window when the old one has run out", async () => {
    const key = freshKey();
    await hit(key, LIMIT);
    await hit(key, LIMIT);
    await db.rateLimitBucket.update({ where: { key }, data: { windowStart: new Date(Date.now() - 16 * 60_000) } });
    expect(await hit(key, LIMIT)).toEqual({ count: 1, lockedUntil: null });
  });

  it("reset removes the bucket", async () => {
    const key = freshKey();
    await hit(key, LIMIT);
    await reset(key);
    expect(await db.rateLimitBucket.findUnique({ where: { key } })).toBeNull();
  });

  it("hits during a lock keep its end (counting first must not let hammering extend it)", async () => {
    const key = freshKey();
    for (let i = 0; i < 3; i++) await hit(key, LIMIT);
    const end = new Date(Date.now() + 60_000);
    await db.rateLimitBucket.update({ where: { key }, data: { lockedUntil: end } });
    const during = await hit(key, LIMIT);
    expect(during.count).toBe(4);
    expect(during.lockedUntil).toEqual(end);
  });

  it("refund gives one event back and lifts the lock that event caused", async () => {
    const key = freshKey();
    await hit(key, LIMIT);
    await hit(key, LIMIT);
    expect((await hit(key, LIMIT)).lockedUntil).not.toBeNull();
    await refund(key, LIMIT);
    expect(await isLocked(key)).toBeNull();
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key } })).count).toBe(2);
  });
});
