import { getTranslations } from "next-intl/server";
import { LinkBox, type BoxLink } from "@/components/ui/link-box";
import { localHref } from "@/lib/i18n/href";

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
  const links: BoxLink[] = [
    { href: webcalHref, label: t("webcal"), file: true, strong: true },
    { href: icsHref, label: t("ics"), file: true, type: "text/calendar" },
    { href: atomHref, label: t("atom"), file: true, type: "application/atom+xml" },
    // Only for a filtered selection: an alert for everything would mail about every programme,
    // and on a phone the unfiltered list keeps its result count above the fold.
    // The form in the reader's language; the files have one address for every reader.
    ...(filtered ? [{ href: await localHref(alertHref), label: alerts("link"), strong: true }] : []),
  ];
  const intro = filtered ? `${t("intro")} ${t("filtered")}` : t("intro");
  return <LinkBox headingId="abonnieren-heading" heading={t("heading")} intro={intro} links={links} testId="subscribe-links" className="mt-6" />;
}
