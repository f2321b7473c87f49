import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Transporter } from "nodemailer";
import { smtpTransport } from "./transport";

const MAX_ATTEMPTS = 5;

type Claimed = { id: string; toAddress: string; subject: string; textBody: string; htmlBody: string };

/**
 * Hands pending mails to the transport. Claiming sets claimedAt in one statement (SKIP LOCKED),
 * so concurrent callers (several app processes) never send a mail twice; a claim left behind by a
 * crashed process expires after five minutes. Without SMTP the same path ends in the
 * local outbox (status STORED). Failures stay retryable up to MAX_ATTEMPTS; addresses never go to
 * the log.
 */
export async function deliverPendingMail(
  limit = 20,
  transport: Transporter | null = smtpTransport(),
): Promise<{ sent: number; stored: number; failed: number }> {
  const result = { sent: 0, stored: 0, failed: 0 };
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "MailMessage" SET "attempts" = "attempts" + 1, "claimedAt" = now()
    WHERE "id" IN (
      SELECT "id" FROM "MailMessage"
      WHERE ("status" = 'PENDING' OR ("status" = 'FAILED' AND "attempts" < ${MAX_ATTEMPTS}))
        AND ("claimedAt" IS NULL OR "claimedAt" < now() - interval '5 minutes')
      ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toAddress", "subject", "textBody", "htmlBody"`;
  for (const mail of claimed) {
    if (!transport) {
      await db.mailMessage.update({ where: { id: mail.id }, data: { status: "STORED", lastError: null, claimedAt: null } });
      result.stored++;
      continue;
    }
    try {
      await transport.sendMail({ from: env.MAIL_FROM, to: mail.toAddress, subject: mail.subject, text: mail.textBody, html: mail.htmlBody });
      await db.mailMessage.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), lastError: null, claimedAt: null } });
      result.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
      await db.mailMessage.update({ where: { id: mail.id }, data: { status: "FAILED", lastError: message, claimedAt: null } });
      console.error(`mail ${mail.id} could not be sent: ${message}`);
      result.failed++;
    }
  }
  return result;
}
