import "server-only";
import { db } from "@/lib/db/client";

export type MailSummary = { id: string; to: string; subject: string; kind: string; status: string; createdAt: string };
export type MailDetail = MailSummary & { text: string; html: string; lastError: string | null; sentAt: string | null };

const PAGE_SIZE = 50;

export async function listMail(page = 1): Promise<{ items: MailSummary[]; total: number; pageSize: number }> {
  const [rows, total] = await Promise.all([
    db.mailMessage.findMany({
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, toAddress: true, subject: true, kind: true, status: true, createdAt: true },
    }),
    db.mailMessage.count(),
  ]);
  return {
    items: rows.map((r) => ({ id: r.id, to: r.toAddress, subject: r.subject, kind: r.kind, status: r.status, createdAt: r.createdAt.toISOString() })),
    total,
    pageSize: PAGE_SIZE,
  };
}

export async function getMail(id: string): Promise<MailDetail | null> {
  const r = await db.mailMessage.findUnique({ where: { id } });
  if (!r) return null;
  return {
    id: r.id,
    to: r.toAddress,
    subject: r.subject,
    kind: r.kind,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    text: r.textBody,
    html: r.htmlBody,
    lastError: r.lastError,
    sentAt: r.sentAt?.toISOString() ?? null,
  };
}
