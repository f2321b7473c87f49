import { getTranslations } from "next-intl/server";

interface Props {
  /** webcal: address of the selection's calendar file (opens the calendar app's subscription) */
  webcalHref: string;
  /** https address of the same file (download, or to paste into a calendar's "subscribe by URL") */
  icsHref: string;
  atomHref: string;
  /** "Benachrichtigen": the e-mail alert form with the same filters (/benachrichtigungen/neu?…), shown when filtered */
  alertHref: string;
  filtered: boolean;
}

/** "Fristen als Kalender abonnieren" and the feed of a list selection, with the list's filters. */
export async function SubscribeLinks({ webcalHref, icsHref, atomHref, alertHref, filtered }: Props) {
  const [t, alerts] = await Promise.all([getTranslations("deadlines.subscribe"), getTranslations("alerts")]);
  return (
    <section aria-labelledby="abonnieren-heading" className="mt-6 border-l-4 border-brand-600 bg-brand-50 px-4 py-3" data-testid="subscribe-links">
      <h2 id="abonnieren-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm">
        {t("intro")} {filtered && t("filtered")}
      </p>
      <ul className="mt-2 space-y-1">
        <li>
          <a href={webcalHref} className="font-semibold">
            {t("webcal")}
          </a>
        </li>
        <li>
          <a href={icsHref} type="text/calendar">
            {t("ics")}
          </a>
        </li>
        <li>
          <a href={atomHref} type="application/atom+xml">
            {t("atom")}
          </a>
        </li>
        {/* Only for a filtered selection: an alert for everything would mail about every programme,
            and on a phone the unfiltered list keeps its result count above the fold. */}
        {filtered && (
          <li>
            <a href={alertHref} className="font-semibold">
              {alerts("link")}
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
