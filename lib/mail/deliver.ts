import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Transporter } from "nodemailer";
import { escapeHtml } from "./escape";
import { unsubscribeHeaders } from "./list-unsubscribe";
import { revealLink } from "./secret-link";

export type DeliveryAttempt = {
  mailId: string;
  /** 0 on the first try; pg-boss counts the retries */
  retryCount: number;
  retryLimit: number;
};

/**
 * Sends one mail: the handler of the `mail.deliver` job (lib/jobs). The live link is put into the
 * body in memory only, and the statement that marks the mail SENT also clears it. A failure is
 * written down (attempts, lastError) and thrown, so the queue tries again with backoff; after the
 * last retry the mail is FAILED for good and its link is dropped (issue 11: a secret link does not
 * outlive its delivery). A mail that is no longer PENDING (sent by an earlier run whose completion
 * got lost) is left alone. Addresses never go to the log.
 */
export async function deliverMail(attempt: DeliveryAttempt, transport: Transporter): Promise<"sent" | "skipped"> {
  const mail = await db.mailMessage.findUnique({
    where: { id: attempt.mailId },
    select: { id: true, status: true, toAddress: true, subject: true, textBody: true, htmlBody: true, secretLink: true, unsubscribeLink: true },
  });
  if (!mail || mail.status !== "PENDING") return "skipped";
  const links = [mail.secretLink, mail.unsubscribeLink].filter((link): link is string => link !== null);
  const text = links.reduce((body, link) => revealLink(body, link), mail.textBody);
  const html = links.reduce((body, link) => revealLink(body, link, escapeHtml), mail.htmlBody);
  try {
    await transport.sendMail({ from: env.MAIL_FROM, to: mail.toAddress, subject: mail.subject, text, html, headers: unsubscribeHeaders(mail.unsubscribeLink) });
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 500) : "unknown error";
    const givenUp = attempt.retryCount >= attempt.retryLimit;
    await db.mailMessage.update({
      where: { id: mail.id },
      data: { attempts: { increment: 1 }, lastError: message, ...(givenUp ? { status: "FAILED", secretLink: null, unsubscribeLink: null } : {}) },
    });
    console.error(`mail ${mail.id} could not be sent (try ${attempt.retryCount + 1} of ${attempt.retryLimit + 1}): ${message}`);
    throw new Error(`mail ${mail.id} not sent`, { cause: error });
  }
  await db.mailMessage.update({
    where: { id: mail.id },
    data: { status: "SENT", sentAt: new Date(), lastError: null, attempts: { increment: 1 }, secretLink: null, unsubscribeLink: null },
  });
  return "sent";
}

