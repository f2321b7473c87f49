import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { db } from "@/lib/db/client";
import { deliverMail } from "@/lib/mail/deliver";
import { queueMail } from "@/lib/mail/queue";

const tag = `it-mail-${process.pid}-${Date.now()}`;
const to = (name: string) => `${name}-${tag}@example.org`;
const content = (name: string) => ({
  subject: `Test ${tag}`,
  name: `<b>${name}</b>`,
  paragraphs: ["Erster Absatz.", "Zweiter Absatz mit <script>alert(1)</script>."],
  action: { label: "Zum Profil", url: "http://localhost:3000/mein-profil?x=1&y=2", validUntil: new Date("2026-12-03T13:00:00Z") },
});
const newToken = () => randomBytes(32).toString("base64url");
const resetContent = (token: string) => ({
  subject: `Test ${tag}`,
  name: "Ada",
  paragraphs: ["Sie haben ein neues Passwort angefordert."],
  action: { label: "Neues Passwort festlegen", url: `http://localhost:3000/passwort-neu/${token}`, validUntil: new Date("2026-12-03T13:00:00Z") },
});
const deliverJobs = async (mailId?: string) => {
  const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(*) AS n FROM pgboss.job WHERE name = 'mail.deliver' AND ($1::text IS NULL OR data->>'mailId' = $1)`,
    mailId ?? null,
  );
  return Number(rows[0]!.n);
};
const rowOf = (address: string) => db.mailMessage.findFirstOrThrow({ where: { toAddress: address } });

// A real SMTP server on a free local port: the SMTP path is exercised end to end.
const received: { to: string[]; raw: string; text: string; html: string }[] = [];
let server: SMTPServer;
let port = 0;
const workingTransport = () => nodemailer.createTransport(`smtp://127.0.0.1:${port}`, { ignoreTLS: true } as never);
const brokenTransport = () => nodemailer.createTransport({ host: "127.0.0.1", port: 1, connectionTimeout: 500 });

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", async () => {
        const raw = Buffer.concat(chunks);
        const parsed = await simpleParser(raw);
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: raw.toString("utf8"), text: parsed.text ?? "", html: parsed.html || "" });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as { port: number }).port;
});

afterAll(async () => {
  await db.mailMessage.deleteMany({ where: { subject: `Test ${tag}` } });
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("mail outbox", () => {
  it("exists only when the transaction that queued it commits", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await queueMail(tx, { to: to("rollback"), kind: "test", content: content("Rollback") });
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    expect(await db.mailMessage.count({ where: { toAddress: to("rollback") } })).toBe(0);

    await db.$transaction((tx) => queueMail(tx, { to: to("commit"), kind: "test", content: content("Commit") }));
    const row = await rowOf(to("commit"));
    expect(row.status).toBe("PENDING");
  });

  it("renders German plain text and escaped HTML of the same content; an ordinary link stays as it is", async () => {
    const row = await rowOf(to("commit"));
    expect(row.textBody).toContain("Guten Tag <b>Commit</b>,");
    expect(row.textBody).toContain("http://localhost:3000/mein-profil?x=1&y=2");
    expect(row.textBody).toContain("kann nur einmal verwendet werden");
    expect(row.htmlBody).toContain("Guten Tag &lt;b&gt;Commit&lt;/b&gt;,");
    expect(row.htmlBody).not.toContain("<script>");
    expect(row.htmlBody).toContain('href="http://localhost:3000/mein-profil?x=1&amp;y=2"');
    expect(row.secretLink).toBeNull();
  });

  it("stores a single-use link redacted from the start, the live link apart", async () => {
    const token = newToken();
    await db.$transaction((tx) => queueMail(tx, { to: to("queued-secret"), kind: "password-reset", content: resetContent(token) }));
    const row = await rowOf(to("queued-secret"));
    expect(row.textBody).toContain("http://localhost:3000/passwort-neu/••••••");
    expect(row.htmlBody).toContain('href="http://localhost:3000/passwort-neu/••••••"');
    expect(row.textBody + row.htmlBody).not.toContain(token);
    expect(row.secretLink).toBe(`http://localhost:3000/passwort-neu/${token}`);
  });

  it("queues a mail.deliver job with the mail, and none when the transaction rolls back", async () => {
    const before = await deliverJobs();
    await expect(
      db.$transaction(async (tx) => {
        await queueMail(tx, { to: to("rollback-job"), kind: "test", content: content("Rollback") });
        throw new Error("change failed");
      }),
    ).rejects.toThrow("change failed");
    expect(await deliverJobs()).toBe(before);
    const id = await db.$transaction((tx) => queueMail(tx, { to: to("job"), kind: "test", content: content("Job") }));
    expect(await deliverJobs(id)).toBe(1);
  });

  it("sends through SMTP once; the recipient gets the live link, the database keeps none", async () => {
    const token = newToken();
    const id = await db.$transaction((tx) => queueMail(tx, { to: to("smtp"), kind: "password-reset", content: resetContent(token) }));
    expect(await deliverMail({ mailId: id, retryCount: 0, retryLimit: 3 }, workingTransport())).toBe("sent");
    // A second run of the same job (its completion got lost) sends nothing.
    expect(await deliverMail({ mailId: id, retryCount: 1, retryLimit: 3 }, workingTransport())).toBe("skipped");
    const row = await rowOf(to("smtp"));
    expect(row.status).toBe("SENT");
    expect(row.attempts).toBe(1);
    expect(row.sentAt).not.toBeNull();
    expect(row.secretLink).toBeNull();
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.textBody).toContain("/passwort-neu/••••••");

    const delivered = received.filter((m) => m.to.includes(to("smtp")));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.raw).toMatch(/Subject: Test it-mail/);
    expect(delivered[0]!.raw).toMatch(/Content-Type: text\/html/);
    expect(delivered[0]!.text).toContain(`http://localhost:3000/passwort-neu/${token}`);
    expect(delivered[0]!.html).toContain(`href="http://localhost:3000/passwort-neu/${token}"`);
    expect(delivered[0]!.text + delivered[0]!.html).not.toContain("••••••");
  });

  it("keeps the mail PENDING with its live link after a failed try, throws for the queue's retry, and sends it then", async () => {
    const token = newToken();
    const id = await db.$transaction((tx) => queueMail(tx, { to: to("retry"), kind: "password-reset", content: resetContent(token) }));
    await expect(deliverMail({ mailId: id, retryCount: 0, retryLimit: 2 }, brokenTransport())).rejects.toThrow(`mail ${id} not sent`);
    const failed = await rowOf(to("retry"));
    expect(failed.status).toBe("PENDING");
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toBeTruthy();
    expect(failed.secretLink).toContain(token);

    await deliverMail({ mailId: id, retryCount: 1, retryLimit: 2 }, workingTransport());
    const sent = await rowOf(to("retry"));
    expect(sent.status).toBe("SENT");
    expect(sent.attempts).toBe(2);
    expect(sent.lastError).toBeNull();
    expect(sent.secretLink).toBeNull();
    expect(received.find((m) => m.to.includes(to("retry")))?.text).toContain(`/passwort-neu/${token}`);
  });

  it("marks the mail FAILED and forgets the live link after the last retry", async () => {
    const token = newToken();
    const id = await db.$transaction((tx) => queueMail(tx, { to: to("refused"), kind: "password-reset", content: resetContent(token) }));
    for (let retryCount = 0; retryCount <= 2; retryCount++) {
      await expect(deliverMail({ mailId: id, retryCount, retryLimit: 2 }, brokenTransport())).rejects.toThrow();
      const row = await rowOf(to("refused"));
      expect(row.attempts).toBe(retryCount + 1);
      if (retryCount < 2) {
        expect(row.status).toBe("PENDING");
        expect(row.secretLink).toContain(token);
      } else {
        expect(row.status).toBe("FAILED");
        expect(row.secretLink).toBeNull();
      }
    }
    // A late run of the job does not send a FAILED mail.
    expect(await deliverMail({ mailId: id, retryCount: 3, retryLimit: 2 }, workingTransport())).toBe("skipped");
    const final = await rowOf(to("refused"));
    expect(JSON.stringify(final)).not.toContain(token);
    expect(received.some((m) => m.to.includes(to("refused")))).toBe(false);
  });
});
