import type { Metadata } from "next";
import { TOKEN_PAGE_REFERRER } from "@/lib/security/token-page-referrer";
import { getTranslations } from "next-intl/server";
import { TokenProblem } from "@/components/account/token-problem";
import { checkResetToken } from "@/lib/account/queries";
import { SetPasswordForm } from "@/components/account/set-password-form";
import { resetPasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account.passwordReset");
  return { title: t("setTitle"), referrer: TOKEN_PAGE_REFERRER };
}

type Props = { params: Promise<{ token: string }> };

// Opening the link changes nothing (mail scanners follow links); only the form's POST uses it up.
export default async function ResetPasswordPage({ params }: Props) {
  const { token } = await params;
  const [t, state] = await Promise.all([getTranslations("account.passwordReset"), checkResetToken(token)]);
  if (state !== "valid") return <TokenProblem state={state} requestHref="/passwort-vergessen" />;
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-3xl font-bold">{t("setTitle")}</h1>
      <p>{t("setIntro")}</p>
      <SetPasswordForm
        action={resetPasswordAction.bind(null, token)}
        texts={{ title: t("setTitle"), password: t("password"), passwordHint: t("passwordHint"), passwordRepeat: t("passwordRepeat"), save: t("save") }}
      />
    </div>
  );
}
