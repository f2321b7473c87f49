import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ACCOUNT_ALERT_AFTER, ACCOUNT_SLOWDOWN_AFTER, accountSlowdownMs, verifyCredentials } from "@/lib/auth/sign-in";
import { createTestUser, PASSWORD, uniqueIp } from "./fixtures";

const recordingSleep = () => {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
};

describe("a stranger cannot lock the owner out", () => {
  it("the owner signs in from their own client while strangers hammer the account from others", async () => {
    const admin = await createTestUser("hammered", "ADMIN");
    // Four stranger clients, each up to its own per-client lock: 20 failures for the account.
    for (let client = 0; client < 4; client++) {
      const ip = uniqueIp();
      for (let i = 0; i < 5; i++) await verifyCredentials(admin.email, `rate-${i}`, ip, { sleep: async () => {} });
      expect(await verifyCredentials(admin.email, PASSWORD, ip, { sleep: async () => {} })).toMatchObject({ ok: false, reason: "locked" });
    }
    const owner = recordingSleep();
    const result = await verifyCredentials(admin.email, PASSWORD, uniqueIp(), owner);
    expect(result.ok).toBe(true);
    // Slowed down rather than locked: the account as a whole only earns a delay.
    expect(owner.waits.length).toBe(1);
    expect(owner.waits[0]).toBeGreaterThan(0);
  });

  it("slows an account down with a growing, bounded delay", () => {
    expect(accountSlowdownMs(ACCOUNT_SLOWDOWN_AFTER)).toBe(0);
    const delays = [1, 2, 3, 4, 10, 100].map((n) => accountSlowdownMs(ACCOUNT_SLOWDOWN_AFTER + n));
    expect(delays[0]).toBeGreaterThan(0);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThanOrEqual(delays[i - 1]!);
    expect(delays.at(-1)).toBeLessThanOrEqual(10_000);
  });

  it("tells the owner by mail once per window when the account sees many failures", async () => {
    const user = await createTestUser("alert");
    const mails = () => db.mailMessage.count({ where: { toAddress: user.email, kind: "signin-alert" } });
    for (let i = 0; i < ACCOUNT_ALERT_AFTER - 1; i++) await verifyCredentials(user.email, "falsch", uniqueIp(), { sleep: async () => {} });
    expect(await mails()).toBe(0);
    await verifyCredentials(user.email, "falsch", uniqueIp(), { sleep: async () => {} });
    expect(await mails()).toBe(1);
    for (let i = 0; i < 2 * ACCOUNT_ALERT_AFTER; i++) await verifyCredentials(user.email, "falsch", uniqueIp(), { sleep: async () => {} });
    expect(await mails()).toBe(1);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: user.email, kind: "signin-alert" } });
    expect(mail.subject).toMatch(/Anmeldeversuche/);
  });
});
