import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { lostItsLink } from "./secret-link";

// The outbox tells editors *that* a mail went out, to whom, why and whether it failed. Bodies are
// stored redacted (no live link) and still only shown with mail.readBodies (ADMIN): they can hold
// what users wrote. secretLink is never selected here.
export type MailSummary = {
  id: string;
  to: string;
  subject: string;
  kind: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};
export type MailDetail = MailSummary & {
  body: { text: string; html: string } | null;
  /** FAILED, and its single-use link (if it had one) still there: the retry button makes sense */
  retryable: boolean;
};

const PAGE_SIZE = 50;

const summarySelect = {
  id: true,
  toAddress: true,
  subject: true,
  kind: true,
  status: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
} as const;

type SummaryRow = { id: string; toAddress: string; subject: string; kind: string; status: string; attempts: number; lastError: string | null; createdAt: Date; sentAt: Date | null };

const toSummary = (r: SummaryRow): MailSummary => ({
  id: r.id,
  to: r.toAddress,
  subject: r.subject,
  kind: r.kind,
  status: r.status,
  attempts: r.attempts,
  lastError: r.lastError,
  createdAt: r.createdAt.toISOString(),
  sentAt: r.sentAt?.toISOString() ?? null,
});

export async function listMail(actor: Actor | null, page = 1): Promise<{ items: MailSummary[]; total: number; pageSize: number }> {
  assertCan(actor, "editor.access");
  const skip = (Math.max(1, Math.trunc(page)) - 1) * PAGE_SIZE;
  const [rows, total] = await Promise.all([
    db.mailMessage.findMany({ orderBy: { createdAt: "desc" }, skip, take: PAGE_SIZE, select: summarySelect }),
    db.mailMessage.count(),
  ]);
  return { items: rows.map(toSummary), total, pageSize: PAGE_SIZE };
}

/** One mail; its (redacted) bodies only for mail.readBodies. */
export async function getMail(actor: Actor | null, id: string): Promise<MailDetail | null> {
  const reader = assertCan(actor, "editor.access");
  const withBodies = can(reader, "mail.readBodies");
  const r = await db.mailMessage.findUnique({
    where: { id },
    // textBody is read for everyone to tell whether a link was lost; it reaches the DTO only with mail.readBodies.
    select: { ...summarySelect, textBody: true, htmlBody: withBodies },
  });
  if (!r) return null;
  return {
    ...toSummary(r),
    body: withBodies ? { text: r.textBody, html: r.htmlBody ?? "" } : null,
    retryable: r.status === "FAILED" && !lostItsLink(r),
  };
}
