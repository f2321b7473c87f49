import "server-only";
import { createTranslator } from "next-intl";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { queueMail } from "@/lib/mail/queue";
import selfService from "@/messages/de/selfService.json";

// Service-side texts (the services also run in tests and scripts, outside a request).
export const selfServiceText = createTranslator({ locale: "de", messages: { selfService }, namespace: "selfService" });

/** The invitation mail with its single-use link, queued in the caller's transaction. */
export async function queueInvitationMail(
  tx: Tx,
  to: { email: string; name: string },
  entry: string,
  link: { token: string; expiresAt: Date },
): Promise<string> {
  const t = selfServiceText;
  return queueMail(tx, {
    to: to.email,
    kind: "invitation",
    content: {
      subject: t("invitation.mail.subject"),
      name: to.name,
      paragraphs: [t("invitation.mail.body", { entry }), t("invitation.mail.review"), t("invitation.mail.ignore")],
      action: {
        label: t("invitation.mail.action"),
        url: `${env.SITE_URL}/einladung/${link.token}`,
        validUntil: link.expiresAt,
      },
    },
  });
}
