import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { accountKey, ipKey, pairKey, verifyCredentials } from "@/lib/auth/sign-in";
import { formatClockTimeUp } from "@/lib/auth/time";
import { hashPassword } from "@/lib/auth/password";
import { createTestUser, PASSWORD, uniqueEmail, uniqueIp } from "./fixtures";

const bucket = (key: string) => db.rateLimitBucket.findUnique({ where: { key } });
const MINUTE = 60_000;

describe("verifyCredentials", () => {
  it("signs in with the right password, whatever the e-mail's case and spaces, and records the time", async () => {
    const user = await createTestUser("ok");
    const before = Date.now();
    const result = await verifyCredentials(`  ${user.email.toUpperCase()} `, PASSWORD, uniqueIp());
    expect(result).toEqual({ ok: true, user: { id: user.id, sessionVersion: 0, name: user.name, email: user.email, role: "EDITOR" } });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { lastSignInAt: true } });
    expect(row.lastSignInAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("gives unknown e-mail, wrong password and disabled account the same answer", async () => {
    const user = await createTestUser("same");
    const disabled = await createTestUser("disabled", "EDITOR", { disabledAt: new Date() });
    const wrongPassword = await verifyCredentials(user.email, "falsches-Passwort", uniqueIp());
    const unknown = await verifyCredentials(uniqueEmail("unknown"), PASSWORD, uniqueIp());
    const disabledAccount = await verifyCredentials(disabled.email, PASSWORD, uniqueIp());
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrongPassword);
    expect(disabledAccount).toEqual(wrongPassword);
  });

  it("counts failures under a hash of the address, never the address itself, and clears this client's count on success", async () => {
    const user = await createTestUser("reset");
    const ip = uniqueIp();
    await verifyCredentials(user.email, "falsch-1", ip);
    await verifyCredentials(user.email, "falsch-2", ip);
    const key = accountKey(user.email);
    expect(key).toBe(`signin-account:${createHash("sha256").update(user.email).digest("hex")}`);
    expect((await bucket(key))?.count).toBe(2);
    const keys = (await db.rateLimitBucket.findMany({ select: { key: true } })).map((b) => b.key);
    expect(keys.some((k) => k.includes("@") || k.includes(ip))).toBe(false);

    expect((await bucket(pairKey(user.email, ip)))?.count).toBe(2);
    expect((await verifyCredentials(user.email, PASSWORD, ip)).ok).toBe(true);
    expect(await bucket(pairKey(user.email, ip))).toBeNull();
    // The account's failures stay for its slowdown and alert: the owner's success does not undo a stranger's.
    expect((await bucket(key))?.count).toBe(2);
    // The address counter stays: one valid account must not wipe the failures tried from there.
    expect((await bucket(ipKey(ip)))?.count).toBe(2);
  });

  it("locks the account for one client after 5 failures in 15 minutes, refuses even the right password there, and opens again when the lock has passed", async () => {
    const user = await createTestUser("lock");
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await verifyCredentials(user.email, `falsch-${attempt}`, ip)).toEqual({ ok: false, reason: "invalid" });
    }
    const fifth = await verifyCredentials(user.email, "falsch-5", ip);
    expect(fifth).toMatchObject({ ok: false, reason: "locked" });

    const sixth = await verifyCredentials(user.email, PASSWORD, ip);
    if (sixth.ok || sixth.reason !== "locked") throw new Error(`expected a lockout, got ${JSON.stringify(sixth)}`);
    const remaining = sixth.lockedUntil.getTime() - Date.now();
    expect(remaining).toBeGreaterThan(14 * MINUTE);
    expect(remaining).toBeLessThanOrEqual(15 * MINUTE + 5000);
    expect(formatClockTimeUp(sixth.lockedUntil)).toMatch(/^\d{2}:\d{2}$/);

    // The lock ran out (moved into the past): the right password works again and clears the counter.
    await db.rateLimitBucket.update({ where: { key: pairKey(user.email, ip) }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect((await verifyCredentials(user.email, PASSWORD, ip)).ok).toBe(true);
    expect(await bucket(pairKey(user.email, ip))).toBeNull();
  });

  it("a failure after a served lockout starts a new window instead of locking again at once", async () => {
    const user = await createTestUser("relock");
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= 5; attempt++) await verifyCredentials(user.email, "falsch", ip);
    await db.rateLimitBucket.update({ where: { key: pairKey(user.email, ip) }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await verifyCredentials(user.email, "falsch", ip)).toEqual({ ok: false, reason: "invalid" });
    expect((await bucket(pairKey(user.email, ip)))?.count).toBe(1);
  });

  it("locks a client address after 20 failures across different accounts", async () => {
    const ip = uniqueIp();
    // Existing accounts with a cheap hash keep this fast; unknown addresses would cost a full bcrypt each.
    const accounts = await Promise.all(Array.from({ length: 20 }, (_, i) => createTestUser(`ip${i}`)));
    const results = [];
    for (const account of accounts) results.push(await verifyCredentials(account.email, "falsch", ip));
    expect(results.slice(0, 19).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results[19]).toMatchObject({ ok: false, reason: "locked" });

    const user = await createTestUser("ip-victim");
    expect(await verifyCredentials(user.email, PASSWORD, ip)).toMatchObject({ ok: false, reason: "locked" });
    expect((await verifyCredentials(user.email, PASSWORD, uniqueIp())).ok).toBe(true);
  });

  it("refuses a password beyond bcrypt's 72 bytes instead of matching it on its first 72", async () => {
    const user = await createTestUser("long");
    const first72 = "x".repeat(72);
    await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(first72, 4) } });
    expect(await verifyCredentials(user.email, `${first72}-und-mehr`, uniqueIp())).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(user.email, "ä".repeat(5000), uniqueIp())).toEqual({ ok: false, reason: "invalid" });
    expect((await verifyCredentials(user.email, first72, uniqueIp())).ok).toBe(true);
  });
});
