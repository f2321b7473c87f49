import "server-only";
import { issueToken } from "@/lib/account/tokens";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { queueMail } from "@/lib/mail/queue";
import { signupText } from "./texts";

// The account an approved sign-up gets: role PROVIDER, linked to the new entry, without a password
// ("" never matches, lib/auth/password.ts) until the person sets one through the invitation link
// (/einladung/<token>, 7 days, single use). Runs inside the approval's transaction, so there is
// never an account without its published entry, nor an invitation mail without its account.
// When lib/account/invitations.ts offers the same for editors' invitations, this can call it.
type Account = { email: string; name: string; providerId: string; providerName: string; providerSlug: string };

export async function createProviderAccountTx(tx: Tx, actor: Actor, account: Account): Promise<{ userId: string }> {
  const taken = await tx.user.findUnique({ where: { email: account.email }, select: { id: true } });
  if (taken) throw new AppError("INVALID", "signup.review.emailTaken");
  const user = await tx.user.create({
    data: { email: account.email, name: account.name, role: "PROVIDER", providerId: account.providerId, passwordHash: "" },
    select: { id: true, name: true, email: true, role: true, providerId: true },
  });
  const { id, ...after } = user;
  await recordAudit(tx, { actor, action: "user.created", entityType: "user", entityId: id, before: null, after });

  const { token, expiresAt } = await issueToken(tx, "INVITATION", { userId: id }, actor.id);
  await queueMail(tx, {
    to: account.email,
    kind: "invitation",
    content: {
      subject: signupText("mail.approvedSubject"),
      name: account.name,
      paragraphs: [
        signupText("mail.approvedBody", { name: account.providerName, url: `${env.SITE_URL}/dienstleister/${account.providerSlug}` }),
        signupText("mail.approvedInvite"),
      ],
      action: { label: signupText("mail.approvedAction"), url: `${env.SITE_URL}/einladung/${token}`, validUntil: `${formatDateTime(expiresAt)} Uhr` },
    },
  });
  await recordAudit(tx, { actor, action: "user.invited", entityType: "user", entityId: id, before: null, after: { expiresAt } });
  return { userId: id };
}
