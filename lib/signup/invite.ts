import "server-only";
import { inviteToProfileTx } from "@/lib/account/invitations";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/queue";
import { signupTexts } from "./texts";

// The account an approved sign-up gets: role PROVIDER, linked to the new entry, without a password
// until the person sets one through the invitation link (/einladung/<token>, 7 days, single use).
// It is an ordinary invitation (inviteToProfileTx) inside the approval's transaction, so there is
// never an account without its published entry, nor an invitation mail without its account; only
// the mail says "approved" and the audit trail also records the account's creation.
// The mail is in the sign-up form's language; the invitation page it links to is in the German-only
// account area (lib/i18n/routing.ts), the provider's public page in that language.
type Account = { email: string; name: string; providerId: string; providerName: string; providerSlug: string; locale: Locale };

export async function createProviderAccountTx(tx: Tx, actor: Actor, account: Account): Promise<{ userId: string }> {
  // Checked here as well: the decision form has no address field to show the invitation's message at.
  const taken = await tx.user.findUnique({ where: { email: account.email }, select: { id: true } });
  if (taken) throw new AppError("INVALID", "signup.review.emailTaken");

  const invitation = { name: account.name, email: account.email, target: { providerId: account.providerId } };
  const t = signupTexts(account.locale);
  const { userId } = await inviteToProfileTx(tx, actor, invitation, {
    mail: (mailTx, to, _entry, link) =>
      queueMail(mailTx, {
        to: to.email,
        kind: "invitation",
        content: {
          locale: account.locale,
          subject: t("mail.approvedSubject"),
          name: to.name,
          paragraphs: [
            t("mail.approvedBody", { name: account.providerName, url: `${env.SITE_URL}${localizedPath(account.locale, `/dienstleister/${account.providerSlug}`)}` }),
            t("mail.approvedInvite"),
          ],
          action: { label: t("mail.approvedAction"), url: `${env.SITE_URL}/einladung/${link.token}`, validUntil: link.expiresAt },
        },
      }),
  });
  const created = { name: account.name, email: account.email, role: "PROVIDER", providerId: account.providerId };
  await recordAudit(tx, { actor, action: "user.created", entityType: "user", entityId: userId, before: null, after: created });
  return { userId };
}
