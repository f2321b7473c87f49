import { connection } from "next/server";
import type { Metadata } from "next";
import { TOKEN_PAGE_REFERRER } from "@/lib/security/token-page-referrer";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { inspectPendingAlert } from "@/lib/alerts/confirm";
import { confirmAlertAction } from "./actions";
import { localHrefs, pageLocale } from "@/lib/i18n/href";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts.confirm");
  return { title: t("title"), referrer: TOKEN_PAGE_REFERRER, robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

// Opening the link changes nothing (mail scanners follow links); only the button's POST confirms.
export default async function ConfirmAlertPage({ params }: Props) {
  // Per request: the token decides what the page shows, and its scripts carry this request's CSP nonce.
  await connection();
  const { token } = await params;
  const [t, found, href] = await Promise.all([getTranslations("alerts.confirm"), inspectPendingAlert(token, await pageLocale()), localHrefs()]);
  if (found.state !== "valid") {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold">{t("invalidTitle")}</h1>
        <p className="text-lg">{t("invalidBody")}</p>
        <p>
          <Link href={href("/foerderprogramme")}>{t("again")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("intro", { label: found.label })}</p>
      <form action={confirmAlertAction.bind(null, token)}>
        <button type="submit" className={buttonClass("primary")}>
          {t("button")}
        </button>
      </form>
    </div>
  );
}
