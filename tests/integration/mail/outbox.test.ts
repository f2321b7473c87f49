import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { db } from "@/lib/db/client";
import { deliverPendingMail } from "@/lib/mail/deliver";
import { queueMail } from "@/lib/mail/queue";

const tag = `it-mail-${process.pid}-${Date.now()}`;
const to = (name: string) => `${name}-${tag}@example.org`;
const content = (name: string) => ({
  subject: `Test ${tag}`,
  name: `<b>${name}</b>`,
  paragraphs: ["Erster Absatz.", "Zweiter Absatz mit <script>alert(1)</script>."],
  action: { label: "Passwort festlegen", url: "http://localhost:3000/einladung/abc?x=1&y=2", validUntil: "03.12.2026, 14:00 Uhr" },
});

// A real SMTP server on a free local port: the SMTP path is exercised end to end.
const received: { to: string[]; raw: string }[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
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
    const row = await db.mailMessage.findFirstOrThrow({ where: { toAddress: to("commit") } });
    expect(row.status).toBe("PENDING");
  });

  it("renders German plain text and escaped HTML of the same content", async () => {
    const row = await db.mailMessage.findFirstOrThrow({ where: { toAddress: to("commit") } });
    expect(row.textBody).toContain("Guten Tag <b>Commit</b>,");
    expect(row.textBody).toContain("http://localhost:3000/einladung/abc?x=1&y=2");
    expect(row.textBody).toContain("kann nur einmal verwendet werden");
    expect(row.htmlBody).toContain("Guten Tag &lt;b&gt;Commit&lt;/b&gt;,");
    expect(row.htmlBody).not.toContain("<script>");
    expect(row.htmlBody).toContain('href="http://localhost:3000/einladung/abc?x=1&amp;y=2"');
  });

  it("keeps mails in the local outbox when no SMTP server is configured", async () => {
    await deliverPendingMail(100, null);
    const row = await db.mailMessage.findFirstOrThrow({ where: { toAddress: to("commit") } });
    expect(row.status).toBe("STORED");
  });

  it("sends through SMTP when a transport is configured, each mail once", async () => {
    await db.$transaction((tx) => queueMail(tx, { to: to("smtp"), kind: "test", content: content("Smtp") }));
    const transport = nodemailer.createTransport(`smtp://127.0.0.1:${port}`, { ignoreTLS: true } as never);
    const [first, second] = await Promise.all([deliverPendingMail(100, transport), deliverPendingMail(100, transport)]);
    expect(first.sent + second.sent).toBeGreaterThanOrEqual(1);
    const row = await db.mailMessage.findFirstOrThrow({ where: { toAddress: to("smtp") } });
    expect(row.status).toBe("SENT");
    expect(row.sentAt).not.toBeNull();
    const delivered = received.filter((m) => m.to.includes(to("smtp")));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.raw).toMatch(/Subject: Test it-mail/);
    expect(delivered[0]!.raw).toMatch(/Content-Type: text\/html/);
  });

  it("marks a mail FAILED and retryable when the server refuses it", async () => {
    await db.$transaction((tx) => queueMail(tx, { to: to("refused"), kind: "test", content: content("Refused") }));
    const broken = nodemailer.createTransport({ host: "127.0.0.1", port: 1, connectionTimeout: 500 });
    await deliverPendingMail(100, broken);
    const row = await db.mailMessage.findFirstOrThrow({ where: { toAddress: to("refused") } });
    expect(row.status).toBe("FAILED");
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBeTruthy();
  });
});
