import { connection } from "next/server";
import type { Metadata } from "next";
import { TOKEN_PAGE_REFERRER } from "@/lib/security/token-page-referrer";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { alertUnsubscribePath } from "@/lib/alerts/links";
import { localHrefs } from "@/lib/i18n/href";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts.unsubscribe");
  return { title: t("title"), referrer: TOKEN_PAGE_REFERRER, robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }> };

// Where the List-Unsubscribe link leads in a browser: a plain form posting to the one-click
// endpoint (works without JavaScript). The page says the same for known and unknown links.
export default async function UnsubscribePage({ params }: Props) {
  // Per request: the token decides what the page shows, and its scripts carry this request's CSP nonce.
  await connection();
  const [{ token }, t, href] = await Promise.all([params, getTranslations("alerts.unsubscribe"), localHrefs()]);
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-lg">{t("intro")}</p>
      <form method="post" action={href(alertUnsubscribePath(encodeURIComponent(token)))}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <input type="hidden" name="seite" value="1" />
        <button type="submit" className={buttonClass("primary")}>
          {t("button")}
        </button>
      </form>
    </div>
  );
}
