import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A worker in this process: SMTP_URL points at a port nothing listens on until the retry test
// opens it; the queue gives up after one retry, one second apart.
vi.hoisted(() => {
  Object.assign(process.env, {
    SMTP_URL: "smtp://127.0.0.1:2547",
    JOBS_RETRY_LIMIT: "1",
    JOBS_RETRY_DELAY_SECONDS: "1",
    JOBS_POLL_SECONDS: "0.5",
  });
});

import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/enums";
import { startWorker } from "@/lib/jobs/worker";
import { getMail } from "@/lib/mail/queries";
import { queueMail } from "@/lib/mail/queue";
import { retryMail } from "@/lib/mail/retry";
import { smtpCatcher, waitFor } from "../jobs/worker-process";

const tag = `it-mail-retry-${process.pid}-${Date.now()}`;
const to = (name: string) => `${name}-${tag}@example.org`;
const actor = (role: Role, id = `id-${role}`): Actor => ({ id, role, name: role, email: `${role}@example.org`, advisorId: null, providerId: null });
let worker: Awaited<ReturnType<typeof startWorker>>;
let admin: Actor;
const plainId = { value: "" };
const secretId = { value: "" };
const failedFor = (id: string) => waitFor(async () => (await db.mailMessage.findUniqueOrThrow({ where: { id } })).status === "FAILED", 30_000, "the queue to give up");

beforeAll(async () => {
  const user = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true } });
  admin = actor("ADMIN", user.id);
  await db.$executeRawUnsafe(`DELETE FROM pgboss.job WHERE name = 'mail.deliver' AND state IN ('created', 'retry')`).catch(() => undefined);
  worker = await startWorker(() => undefined);
  plainId.value = await db.$transaction((tx) =>
    queueMail(tx, { to: to("plain"), kind: "test", content: { subject: `Retry ${tag}`, paragraphs: ["Ein Hinweis."] } }),
  );
  const token = randomBytes(32).toString("base64url");
  secretId.value = await db.$transaction((tx) =>
    queueMail(tx, {
      to: to("secret"),
      kind: "password-reset",
      content: { subject: `Retry ${tag}`, paragraphs: ["Reset."], action: { label: "Neues Passwort", url: `http://localhost:3000/passwort-neu/${token}` } },
    }),
  );
  await Promise.all([failedFor(plainId.value), failedFor(secretId.value)]);
});

afterAll(async () => {
  await worker?.stop();
  await db.mailMessage.deleteMany({ where: { subject: `Retry ${tag}` } });
});

describe("a mail that keeps failing", () => {
  it("ends FAILED after the queue's retries, with the error visible in the outbox", async () => {
    for (const role of ["ADMIN", "EDITOR"] as const) {
      const mail = await getMail(actor(role), plainId.value);
      expect(mail?.status).toBe("FAILED");
      expect(mail?.attempts).toBe(2);
      expect(mail?.lastError).toMatch(/ECONNREFUSED/);
      expect(mail?.retryable).toBe(true);
    }
  });

  it("may be sent again only with mail.retry; nothing changes on a refusal", async () => {
    await expect(retryMail(actor("EDITOR"), plainId.value)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(retryMail(null, plainId.value)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await db.mailMessage.findUniqueOrThrow({ where: { id: plainId.value } })).status).toBe("FAILED");
  });

  it("cannot be sent again when its single-use link was dropped", async () => {
    const mail = await getMail(admin, secretId.value);
    expect(mail?.retryable).toBe(false);
    await expect(retryMail(admin, secretId.value)).rejects.toMatchObject({ code: "CONFLICT", message: "outbox.linkLost" });
  });

  it("goes out after the retry button, with an audit row; a second press is a conflict", async () => {
    const smtp = smtpCatcher();
    await smtp.listen(2547);
    try {
      await retryMail(admin, plainId.value);
      await expect(retryMail(admin, plainId.value)).rejects.toMatchObject({ code: "CONFLICT", message: "outbox.notFailed" });
      const audit = await db.auditLog.findMany({ where: { entityType: "mail", entityId: plainId.value, action: "mail.retried" } });
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actorId).toBe(admin.id);
      await waitFor(async () => (await db.mailMessage.findUniqueOrThrow({ where: { id: plainId.value } })).status === "SENT", 30_000, "the retried mail to go out");
      expect(smtp.received.filter((m) => m.to.includes(to("plain")))).toHaveLength(1);
      expect(smtp.received.some((m) => m.to.includes(to("secret")))).toBe(false);
    } finally {
      await smtp.close();
    }
  });
});
