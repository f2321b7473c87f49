import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { checkCurrentPassword } from "@/lib/auth/sign-in";
import { createTestUser, PASSWORD, uniqueIp } from "./fixtures";

// Counts the bcrypt comparisons: the limit is about how many passwords get checked, not timing.
const compares = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/auth/password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/auth/password")>();
  return {
    ...actual,
    verifyPassword: (plain: string, hash: string) => {
      compares.count++;
      return actual.verifyPassword(plain, hash);
    },
  };
});

const noSleep = { sleep: async () => {} };

describe("sign-in limits under parallel attempts", () => {
  it("checks at most 5 of 12 parallel wrong passwords from one client against one account", async () => {
    const user = await createTestUser("parallel");
    const ip = uniqueIp();
    compares.count = 0;
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => verifyCredentials(user.email, `falsch-${i}`, ip, noSleep)));
    expect(compares.count).toBeLessThanOrEqual(5);
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(7);
    // Locked for this client: even the right password is refused.
    expect(await verifyCredentials(user.email, PASSWORD, ip, noSleep)).toMatchObject({ ok: false, reason: "locked" });
  });

  it("checks at most 5 of 12 parallel wrong current passwords on /konto", async () => {
    const user = await createTestUser("parallel-konto");
    compares.count = 0;
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => checkCurrentPassword(user.id, `falsch-${i}`)));
    expect(compares.count).toBeLessThanOrEqual(5);
    expect(results.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(7);
    expect(await checkCurrentPassword(user.id, PASSWORD)).toMatchObject({ ok: false, reason: "locked" });
  });

  it("a right password refunds its attempt: four typos and a success leave the client's address counter at four", async () => {
    const user = await createTestUser("refund");
    const ip = uniqueIp();
    for (let i = 0; i < 4; i++) await verifyCredentials(user.email, "falsch", ip, noSleep);
    expect((await verifyCredentials(user.email, PASSWORD, ip, noSleep)).ok).toBe(true);
    const buckets = await db.rateLimitBucket.findMany({ where: { key: { startsWith: "signin-ip:" } }, select: { count: true, key: true } });
    expect(buckets.some((b) => b.count === 4)).toBe(true);
  });
});
