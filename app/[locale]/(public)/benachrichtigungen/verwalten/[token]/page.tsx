import { connection } from "next/server";
import type { Metadata } from "next";
import { TOKEN_PAGE_REFERRER } from "@/lib/security/token-page-referrer";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { getManagedAlerts } from "@/lib/alerts/manage";
import { formatInstantDay } from "@/lib/format";
import { deleteAlertAction, deleteAllAlertsAction } from "./actions";
import { localHrefs, pageLocale } from "@/lib/i18n/href";

// The token in the path is the credential: no Referer leaves this page, and it is never indexed.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts.manage");
  return { title: t("title"), referrer: TOKEN_PAGE_REFERRER, robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ManageAlertsPage({ params, searchParams }: Props) {
  // Per request: the token decides what the page shows, and its scripts carry this request's CSP nonce.
  await connection();
  const [{ token }, search, t, href, locale] = await Promise.all([params, searchParams, getTranslations("alerts.manage"), localHrefs(), pageLocale()]);
  const managed = await getManagedAlerts(token, locale);
  if (!managed) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-3xl font-bold">{t("invalidTitle")}</h1>
        <p className="text-lg">{t("invalidBody")}</p>
      </div>
    );
  }
  const notice = search.bestaetigt ? t("confirmed") : search.geloescht ? t("deleted") : null;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {notice && (
        <p role="status" className="border-l-4 border-brand-600 bg-brand-50 px-4 py-3 font-semibold">
          {notice}
        </p>
      )}
      <p className="text-lg">{t("intro", { email: managed.email })}</p>
      <p>{t("keepSecret")}</p>
      <ul className="space-y-4" data-testid="alert-list">
        {managed.alerts.map((alert) => (
          <li key={alert.id} className="flex min-w-0 flex-wrap items-center justify-between gap-3 border border-line p-4">
            <div className="min-w-0">
              <p className="font-semibold">{alert.label}</p>
              <p className="text-sm text-muted">
                {t("since", { date: formatInstantDay(alert.createdAt, locale) })} · <Link href={href(`/foerderprogramme${alert.query}`)}>{t("show")}</Link>
              </p>
            </div>
            <form action={deleteAlertAction.bind(null, token)}>
              <input type="hidden" name="alert" value={alert.id} />
              <button type="submit" className={buttonClass("secondary")} aria-label={t("deleteLabel", { label: alert.label })}>
                {t("delete")}
              </button>
            </form>
          </li>
        ))}
      </ul>
      <p>{t("add")}</p>
      <form action={deleteAllAlertsAction.bind(null, token)} className="space-y-2">
        <p>{t("deleteAllHint")}</p>
        <button type="submit" className={buttonClass("danger")}>
          {t("deleteAll")}
        </button>
      </form>
    </div>
  );
}
