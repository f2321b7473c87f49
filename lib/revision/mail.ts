import "server-only";
import { selfServiceText as t } from "@/lib/account/invitation-mail";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue";

type Author = { email: string; name: string };

/** Tells the author why their proposal was not taken over (the reason is the editor's text). */
export function queueRejectionMail(tx: Tx, author: Author, entry: string, reason: string) {
  return queueMail(tx, {
    to: author.email,
    kind: "revision-rejected",
    content: {
      subject: t("review.mail.rejectedSubject"),
      name: author.name,
      paragraphs: [t("review.mail.rejectedBody", { entry }), t("review.mail.rejectedReason", { reason }), t("review.mail.rejectedAgain")],
      action: { label: t("review.mail.action"), url: `${env.SITE_URL}/mein-profil` },
    },
  });
}

export function queueApprovalMail(tx: Tx, author: Author, entry: string) {
  return queueMail(tx, {
    to: author.email,
    kind: "revision-approved",
    content: {
      subject: t("review.mail.approvedSubject"),
      name: author.name,
      paragraphs: [t("review.mail.approvedBody", { entry })],
      action: { label: t("review.mail.action"), url: `${env.SITE_URL}/mein-profil` },
    },
  });
}
