import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Transporter } from "nodemailer";
import { escapeHtml } from "./render";
import { revealLink } from "./secret-link";
import { smtpTransport } from "./transport";

export const MAX_ATTEMPTS = 5;
const STALE_CLAIM = "5 minutes";

type Claimed = { id: string; toAddress: string; subject: string; textBody: string; htmlBody: string; secretLink: string | null; attempts: number };

/**
 * Hands pending mails to SMTP. Claiming sets claimedAt in one statement (SKIP LOCKED), so
 * concurrent callers (several app processes) never send a mail twice; a claim left behind by a
 * crashed process expires after five minutes. The live link is put into the body in memory only,
 * and the statement that marks a mail SENT (or gives it up after MAX_ATTEMPTS) also clears it.
 * Without a transport nothing is claimed: mails wait as PENDING until SMTP_URL is set.
 * Addresses never go to the log.
 */
export async function deliverPendingMail(
  limit = 20,
  transport: Transporter | null = smtpTransport(),
): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  if (!transport) return result;
  await forgetAbandonedSecrets();
  const claimed = await db.$queryRaw<Claimed[]>`
    UPDATE "MailMessage" SET "attempts" = "attempts" + 1, "claimedAt" = now()
    WHERE "id" IN (
      SELECT "id" FROM "MailMessage"
      WHERE ("status" = 'PENDING' OR ("status" = 'FAILED' AND "attempts" < ${MAX_ATTEMPTS}))
        AND ("claimedAt" IS NULL OR "claimedAt" < now() - ${STALE_CLAIM}::interval)
      ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED
    )
    RETURNING "id", "toAddress", "subject", "textBody", "htmlBody", "secretLink", "attempts"`;
  for (const mail of claimed) {
    const text = mail.secretLink ? revealLink(mail.textBody, mail.secretLink) : mail.textBody;
    const html = mail.secretLink ? revealLink(mail.htmlBody, mail.secretLink, escapeHtml) : mail.htmlBody;
    try {
      await transport.sendMail({ from: env.MAIL_FROM, to: mail.toAddress, subject: mail.subject, text, html });
      await db.mailMessage.update({
        where: { id: mail.id },
        data: { status: "SENT", sentAt: new Date(), lastError: null, claimedAt: null, secretLink: null },
      });
      result.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
      const givenUp = mail.attempts >= MAX_ATTEMPTS;
      await db.mailMessage.update({
        where: { id: mail.id },
        data: { status: "FAILED", lastError: message, claimedAt: null, ...(givenUp ? { secretLink: null } : {}) },
      });
      console.error(`mail ${mail.id} could not be sent (attempt ${mail.attempts} of ${MAX_ATTEMPTS}): ${message}`);
      result.failed++;
    }
  }
  return result;
}

/** A process that crashed while sending a mail's last attempt left its link behind: drop it. */
async function forgetAbandonedSecrets() {
  await db.$executeRaw`
    UPDATE "MailMessage" SET "secretLink" = NULL
    WHERE "secretLink" IS NOT NULL AND "status" <> 'PENDING' AND "attempts" >= ${MAX_ATTEMPTS}
      AND "claimedAt" < now() - ${STALE_CLAIM}::interval`;
}
