import { LocalLink } from "@/components/ui/local-link";
import { EntryLink } from "@/components/content/entry-link";
import type { LinkTitle } from "@/lib/content/translations";
import { getTranslations } from "next-intl/server";
import { formatLongDay, formatMonth } from "@/lib/format";
import { pageLocale } from "@/lib/i18n/href";
import { monthWeeks } from "@/lib/programme/deadline-calendar";

const WEEKDAYS = ["mo", "di", "mi", "do", "fr", "sa", "so"] as const;

/** A programme in a day's cell: its title with translations, shown in the reader's language. */
export type CalendarEntry = { slug: string } & LinkTitle;

interface Props {
  month: string;
  today: string;
  /** deadlines of the selection, by day */
  byDay: ReadonlyMap<string, CalendarEntry[]>;
  /** links to the neighbouring months, null where the calendar ends */
  previousHref: string | null;
  nextHref: string | null;
  previousMonth: string;
  nextMonth: string;
}

/**
 * A month as a data table (caption, weekday column headers), each day that has deadlines linking
 * to its programmes. The page lists the month's deadlines below the table (anchors tag-<day>).
 */
export async function DeadlineCalendar({ month, today, byDay, previousHref, nextHref, previousMonth, nextMonth }: Props) {
  const locale = await pageLocale();
  const t = await getTranslations("deadlines.calendar");
  const weeks = monthWeeks(month);
  const any = weeks.some((week) => week.some((day) => day && byDay.has(day)));
  return (
    <div data-testid="deadline-calendar">
      <nav aria-label={t("navLabel")} className="mt-4 flex flex-wrap justify-between gap-2">
        {previousHref ? (
          <LocalLink href={previousHref} aria-label={t("previousLabel", { month: formatMonth(previousMonth, locale) })}>
            ← {formatMonth(previousMonth, locale)}
          </LocalLink>
        ) : (
          <span />
        )}
        {nextHref && (
          <LocalLink href={nextHref} aria-label={t("nextLabel", { month: formatMonth(nextMonth, locale) })}>
            {formatMonth(nextMonth, locale)} →
          </LocalLink>
        )}
      </nav>
      <table className="mt-3 w-full table-fixed border-collapse text-sm">
        <caption className="mb-2 text-left text-xl font-bold">{t("caption", { month: formatMonth(month, locale) })}</caption>
        <thead>
          <tr>
            {WEEKDAYS.map((day) => (
              <th key={day} scope="col" className="border border-line bg-brand-50 px-1 py-1 text-center">
                <abbr title={t(`weekdays.${day}`)} className="no-underline">
                  {t(`weekdaysShort.${day}`)}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find(Boolean) ?? "leer"}>
              {week.map((day, i) => (day ? <DayCell key={day} day={day} today={today} entries={byDay.get(day) ?? []} /> : <td key={`leer-${i}`} className="border border-line bg-white" />))}
            </tr>
          ))}
        </tbody>
      </table>
      {!any && <p className="mt-3">{t("noneThisMonth")}</p>}
    </div>
  );
}

async function DayCell({ day, today, entries }: { day: string; today: string; entries: CalendarEntry[] }) {
  const locale = await pageLocale();
  const t = await getTranslations("deadlines.calendar");
  const isToday = day === today;
  return (
    <td className={`min-w-0 border border-line px-1 py-1 align-top ${entries.length ? "bg-brand-50" : "bg-white"}`} data-day={day}>
      <span className={`block font-semibold ${isToday ? "underline decoration-2" : ""}`}>
        <time dateTime={day} aria-label={formatLongDay(day, locale)}>
          {Number(day.slice(8))}
        </time>
        {isToday && <span className="sr-only"> ({t("today")})</span>}
      </span>
      {entries.length > 0 && (
        <>
          {/* From md up the cell names the programmes; on a phone it links to them in the month's list below. */}
          <ul className="mt-1 hidden space-y-1 md:block">
            {entries.map((entry) => (
              <li key={entry.slug} className="leading-tight">
                <EntryLink href={`/foerderprogramme/${entry.slug}`} entry={entry} />
              </li>
            ))}
          </ul>
          <a href={`#tag-${day}`} className="mt-1 block text-xs md:hidden">
            {t("dayDeadlines", { count: entries.length })}
          </a>
        </>
      )}
    </td>
  );
}
