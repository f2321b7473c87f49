import { getTranslations } from "next-intl/server";
import { berlinDay } from "@/lib/dates";
import { formatDay } from "@/lib/format";

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
  if (!deadline || deadline < berlinDay()) return null;
  const t = await getTranslations("deadlines.programme");
  return (
    <section aria-labelledby="frist-kalender-heading" className="mt-10 max-w-3xl border-l-4 border-brand-600 bg-brand-50 px-4 py-3" data-testid="programme-calendar-link">
      <h2 id="frist-kalender-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <p className="mt-1">{t("text", { date: formatDay(deadline) })}</p>
      <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
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
      </ul>
    </section>
  );
}
