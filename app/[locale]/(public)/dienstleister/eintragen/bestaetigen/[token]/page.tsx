import { connection } from "next/server";
import type { Metadata } from "next";
import { TOKEN_PAGE_REFERRER } from "@/lib/security/token-page-referrer";
import { getTranslations } from "next-intl/server";
import { TokenProblem } from "@/components/account/token-problem";
import { inspectSignupToken } from "@/lib/signup/service";
import { confirmSignupAction } from "./actions";
import { buttonClass } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signup.confirm");
  return { title: t("title"), referrer: TOKEN_PAGE_REFERRER, robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

// Opening the link changes nothing (mail scanners follow links); only the button's POST confirms.
// A plain form: the button works without JavaScript.
export default async function ConfirmSignupPage({ params }: Props) {
  // Per request: the token decides what the page shows, and its scripts carry this request's CSP nonce.
  await connection();
  const { token } = await params;
  const [t, found] = await Promise.all([getTranslations("signup.confirm"), inspectSignupToken(token)]);
  if (found.state !== "valid") return <TokenProblem state={found.state} requestHref="/dienstleister/eintragen" />;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("intro", { name: found.companyName ?? "" })}</p>
      <form action={confirmSignupAction.bind(null, token)}>
        <button type="submit" className={buttonClass("primary")}>
          {t("button")}
        </button>
      </form>
    </div>
  );
}
