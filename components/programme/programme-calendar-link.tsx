import { getTranslations } from "next-intl/server";
import { LinkBox } from "@/components/ui/link-box";
import { berlinDay } from "@/lib/dates";
import { formatDay } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";

interface Props {
  deadline: string | null;
  /** webcal: and https addresses of the programme's calendar file */
  webcalHref: string;
  icsHref: string;
}

/**
 * "Frist in meinen Kalender" on a programme's page, while its deadline is ahead. The page is
 * cached until its status changes (the day after the deadline), so the block goes with it.
 */
export async function ProgrammeCalendarLink({ deadline, webcalHref, icsHref }: Props) {
  const locale = await pageLocale();
  if (!deadline || deadline < berlinDay()) return null;
  const t = await getTranslations("deadlines.programme");
  const links = [
    { href: webcalHref, label: t("webcal"), file: true, strong: true },
    { href: icsHref, label: t("ics"), file: true, type: "text/calendar" },
  ];
  return (
    <LinkBox
      headingId="frist-kalender-heading"
      heading={t("heading")}
      intro={t("text", { date: formatDay(deadline, locale) })}
      links={links}
      testId="programme-calendar-link"
      inline
      className="mt-10 max-w-3xl"
    />
  );
}
