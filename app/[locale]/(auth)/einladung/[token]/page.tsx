import type { Metadata } from "next";
import { TOKEN_PAGE_REFERRER } from "@/lib/security/token-page-referrer";
import { getTranslations } from "next-intl/server";
import { TokenProblem } from "@/components/account/token-problem";
import { inspectInvitation } from "@/lib/account/invitation-accept";
import { SetPasswordForm } from "@/components/account/set-password-form";
import { acceptInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("selfService.invitation.accept");
  return { title: t("title"), referrer: TOKEN_PAGE_REFERRER };
}

type Props = { params: Promise<{ token: string }> };

// Opening the link changes nothing (mail scanners follow links); only the form's POST uses it up.
export default async function AcceptInvitationPage({ params }: Props) {
  const { token } = await params;
  const [t, { state, invitee }] = await Promise.all([getTranslations("selfService.invitation.accept"), inspectInvitation(token)]);
  // An invitation cannot be requested again by the person; an account that exists can reset its password.
  if (state !== "valid" || !invitee) return <TokenProblem state={state} requestHref="/passwort-vergessen" />;
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p>{t("intro", { name: invitee.name, entry: invitee.entry })}</p>
      <p className="font-semibold break-all">{t("email", { email: invitee.email })}</p>
      <SetPasswordForm
        action={acceptInvitationAction.bind(null, token)}
        texts={{ title: t("title"), password: t("password"), passwordHint: t("passwordHint"), passwordRepeat: t("passwordRepeat"), save: t("save") }}
      />
    </div>
  );
}
