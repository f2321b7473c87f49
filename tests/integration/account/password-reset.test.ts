import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requestPasswordReset, resetPassword } from "@/lib/account/password-reset";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

const tag = `${process.pid}-${Date.now()}`;
const email = `it-reset-${tag}@example.org`;
const t = (key: string) => `[${key}]`;
let userId = "";

beforeAll(async () => {
  const passwordHash = await hashPassword("Altes-Passwort-123", 4);
  userId = (await db.user.create({ data: { email, name: "Reset Test", role: "EDITOR", passwordHash }, select: { id: true } })).id;
});
afterAll(async () => {
  await db.mailMessage.deleteMany({ where: { toAddress: email } });
  await db.auditLog.deleteMany({ where: { entityId: userId } });
  await db.user.delete({ where: { id: userId } });
});

const tokenFromLatestMail = async () => {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
  const match = /\/passwort-neu\/([A-Za-z0-9_-]+)/.exec(mail.secretLink ?? "");
  return match![1]!;
};

describe("password reset", () => {
  it("mails a link to an existing account and says nothing about unknown ones", async () => {
    await expect(requestPasswordReset(email.toUpperCase(), `10.0.0.${tag.length}`, t)).resolves.toBeUndefined();
    await expect(requestPasswordReset(`nobody-${tag}@example.org`, `10.0.1.${tag.length}`, t)).resolves.toBeUndefined();
    expect(await db.mailMessage.count({ where: { toAddress: email, kind: "password-reset" } })).toBe(1);
    expect(await db.mailMessage.count({ where: { toAddress: `nobody-${tag}@example.org` } })).toBe(0);
  });

  it("sets the new password once, ends existing sessions and leaves the old one invalid", async () => {
    const token = await tokenFromLatestMail();
    const before = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
    expect(await resetPassword(token, "Neues-Passwort-2026")).toBe("valid");
    const after = await db.user.findUniqueOrThrow({ where: { id: userId }, omit: { passwordHash: false } });
    expect(await verifyPassword("Neues-Passwort-2026", after.passwordHash)).toBe(true);
    expect(await verifyPassword("Altes-Passwort-123", after.passwordHash)).toBe(false);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.auditLog.count({ where: { entityId: userId, action: "user.passwordReset" } })).toBe(1);
    expect(await resetPassword(token, "Noch-ein-Passwort-1")).toBe("used");
  });

  it("stops sending after three requests an hour for one address, answering the same", async () => {
    await db.mailMessage.deleteMany({ where: { toAddress: email } });
    for (let i = 0; i < 5; i++) await requestPasswordReset(email, `10.0.2.${i}`, t);
    // one request already counted in the first test: 3 per hour in all
    expect(await db.mailMessage.count({ where: { toAddress: email } })).toBe(2);
  });
});
