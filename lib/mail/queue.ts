import "server-only";
import type { Tx } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { renderMail, type MailContent } from "./render";

/**
 * Puts a mail into the outbox inside the caller's transaction, together with its `mail.deliver`
 * job: both exist exactly when the change that causes them (an invitation, a reset request)
 * committed, and the worker sends the mail (lib/mail/deliver.ts). The bodies are stored redacted
 * from the start; a single-use link waits in secretLink, which only the delivery reads and which
 * it clears when the mail is out (lib/mail/secret-link.ts).
 */
export async function queueMail(tx: Tx, mail: { to: string; kind: string; content: MailContent }): Promise<string> {
  const rendered = renderMail(mail.content);
  const row = await tx.mailMessage.create({
    data: {
      toAddress: mail.to,
      kind: mail.kind,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      secretLink: rendered.secretLink,
      unsubscribeLink: rendered.unsubscribeLink,
    },
    select: { id: true },
  });
  await enqueue(tx, "mail.deliver", { mailId: row.id });
  return row.id;
}
