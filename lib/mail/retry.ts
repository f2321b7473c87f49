import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";
import { lostItsLink } from "./secret-link";

/**
 * Sends a mail the queue finally gave up on (FAILED) once more: back to PENDING with a new
 * `mail.deliver` job, and an audit row, in one transaction. The status is part of the update's
 * condition, so two admins pressing the button at once queue it once. A CONFLICT's message is the
 * catalogue key (editor namespace) that explains it.
 */
export async function retryMail(actor: Actor | null, mailId: string): Promise<void> {
  const admin = assertCan(actor, "mail.retry");
  await db.$transaction(async (tx) => {
    const mail = await tx.mailMessage.findUnique({ where: { id: mailId }, select: { status: true, textBody: true, attempts: true, lastError: true } });
    if (!mail) throw new AppError("NOT_FOUND", "no such mail");
    if (lostItsLink(mail)) throw new AppError("CONFLICT", "outbox.linkLost");
    const { count } = await tx.mailMessage.updateMany({ where: { id: mailId, status: "FAILED" }, data: { status: "PENDING" } });
    if (count !== 1) throw new AppError("CONFLICT", "outbox.notFailed");
    await recordAudit(tx, {
      actor: admin,
      action: "mail.retried",
      entityType: "mail",
      entityId: mailId,
      before: { status: "FAILED", attempts: mail.attempts, lastError: mail.lastError },
      after: { status: "PENDING", attempts: mail.attempts, lastError: mail.lastError },
    });
    await enqueue(tx, "mail.deliver", { mailId });
  });
}
