import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { listAccessibilityFeedback } from "@/lib/feedback/queries";
import { setFeedbackStatus } from "@/lib/feedback/service";
import { FEEDBACK_LIMIT, submitAccessibilityFeedback } from "@/lib/feedback/submit";
import { pruneOldRows } from "@/lib/jobs/housekeeping";
import { demoActor } from "../auth/fixtures";

let admin: Actor, editor: Actor, advisor: Actor;
beforeAll(async () => {
  [admin, editor, advisor] = await Promise.all([
    demoActor("admin@regiontrier.example"),
    demoActor("redaktion@regiontrier.example"),
    demoActor("berater@regiontrier.example"),
  ]);
});

let n = 0;
const ip = () => `198.51.100.${(process.pid + n++) % 250}`;
const report = (message: string, extra: Record<string, string> = {}) => ({ name: "", email: "leser@example.org", pageUrl: "/fristen", message, fax: "", ...extra });

describe("accessibility feedback (lib/feedback)", () => {
  it("refuses a report without page or message with German message keys next to the fields", async () => {
    const error = await submitAccessibilityFeedback({ email: "kein-at", pageUrl: "", message: " " }, ip()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID", details: { fieldErrors: { pageUrl: ["validation.required"], message: ["validation.required"], email: ["validation.email"] } } });
  });

  it("stores a report, queues one mail.deliver mail per active editor and admin, audits without the text", async () => {
    const message = `Der Kalender ist nicht mit der Tastatur bedienbar ${Date.now()}`;
    expect(await submitAccessibilityFeedback(report(message), ip())).toEqual({ status: "received" });
    const stored = await db.accessibilityFeedback.findFirstOrThrow({ where: { message } });
    expect(stored).toMatchObject({ status: "NEW", email: "leser@example.org", pageUrl: "/fristen", name: null });
    const editors = await db.user.count({ where: { role: { in: ["ADMIN", "EDITOR"] }, disabledAt: null } });
    const mails = await db.mailMessage.findMany({ where: { kind: "accessibility-feedback", textBody: { contains: message } } });
    expect(editors).toBeGreaterThan(0);
    expect(mails).toHaveLength(editors);
    const jobs = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.deliver' AND data->>'mailId' = ANY($1)`, mails.map((m) => m.id));
    expect(jobs[0]!.n).toBe(editors);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "accessibilityFeedback", entityId: stored.id } });
    expect(audit.action).toBe("accessibilityFeedback.submitted");
    expect(JSON.stringify(audit.changes)).not.toContain(message);
  });

  it("answers a filled honeypot like a real report and stores nothing", async () => {
    const message = `Roboter ${Date.now()}`;
    expect(await submitAccessibilityFeedback(report(message, { fax: "spam" }), ip())).toEqual({ status: "received" });
    expect(await db.accessibilityFeedback.count({ where: { message } })).toBe(0);
  });

  it("limits reports per client address", async () => {
    // an address no earlier run used: the bucket is keyed by the address
    const address = `10.${process.pid % 250}.${Date.now() % 250}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < FEEDBACK_LIMIT.limit; i++) expect((await submitAccessibilityFeedback(report(`Limit ${i} ${Date.now()}`), address)).status).toBe("received");
    expect((await submitAccessibilityFeedback(report(`Limit drüber ${Date.now()}`), address)).status).toBe("rateLimited");
  });

  it("lets editors list reports and change the status with an audit record; others are refused", async () => {
    const created = await db.accessibilityFeedback.create({ data: { pageUrl: "/suche", message: `Status ${Date.now()}` } });
    await expect(listAccessibilityFeedback(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(setFeedbackStatus(advisor, { id: created.id, status: "ANSWERED", version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await listAccessibilityFeedback(editor)).some((r) => r.id === created.id)).toBe(true);

    expect(await setFeedbackStatus(editor, { id: created.id, status: "IN_PROGRESS", version: 1 })).toEqual({ status: "IN_PROGRESS", version: 2 });
    await expect(setFeedbackStatus(admin, { id: created.id, status: "ANSWERED", version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "accessibilityFeedback", entityId: created.id, action: "accessibilityFeedback.statusChanged" } });
    expect(audit.actorId).toBe(editor.id);
  });

  it("deletes answered reports a year after the answer, and keeps open ones", async () => {
    const old = new Date(Date.now() - 366 * 86_400_000);
    const answered = await db.accessibilityFeedback.create({ data: { pageUrl: "/", message: "alt beantwortet", status: "ANSWERED" } });
    const open = await db.accessibilityFeedback.create({ data: { pageUrl: "/", message: "alt offen", status: "NEW" } });
    await db.$executeRawUnsafe(`UPDATE "AccessibilityFeedback" SET "updatedAt" = $1 WHERE id = ANY($2)`, old, [answered.id, open.id]);
    const result = await pruneOldRows();
    expect(result.answeredFeedback).toBeGreaterThanOrEqual(1);
    expect(await db.accessibilityFeedback.findUnique({ where: { id: answered.id } })).toBeNull();
    expect(await db.accessibilityFeedback.findUnique({ where: { id: open.id } })).not.toBeNull();
  });
});
