import type { Metadata } from "next";
import { LocalLink } from "@/components/ui/local-link";
import { getTranslations } from "next-intl/server";
import { DeadlineCalendar, type CalendarEntry } from "@/components/deadlines/deadline-calendar";
import { DeadlineList, type DeadlineItem } from "@/components/deadlines/deadline-list";
import { alertNewHref } from "@/lib/alerts/links";
import { SubscribeLinks } from "@/components/deadlines/subscribe-links";
import { ActiveFilters } from "@/components/search/active-filters";
import { facetFilterGroups } from "@/components/search/facet-groups";
import { FilterForm } from "@/components/search/filter-form";
import { berlinDay } from "@/lib/dates";
import { env } from "@/lib/env";
import type { RawSearchParams } from "@/lib/listing/params";
import { hrefWith } from "@/lib/listing/url";
import { calendarMonths, groupByMonth, shiftMonth, upcomingDeadlines } from "@/lib/programme/deadline-calendar";
import { CALENDAR_VIEW, MONTH_PARAM, VIEW_PARAM, parseDeadlineView } from "@/lib/programme/deadline-view";
import { localSubscriptionPaths } from "@/lib/subscriptions/language";
import { DEADLINES_ICS_PATH, FRISTEN_PATH, PROGRAMMES_ATOM_PATH, webcalUrl } from "@/lib/subscriptions/links";
import { selectProgrammes } from "@/lib/subscriptions/programme-selection";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const PATH = FRISTEN_PATH;
const RESULTS_ID = "ergebnisse";

/** Title, and the selection's calendar file and feed as alternates in <head>. */
export async function deadlinesMetadata(raw: RawSearchParams): Promise<Metadata> {
  const [t, selection, local] = await Promise.all([getTranslations("deadlines"), selectProgrammes(raw), localSubscriptionPaths()]);
  return pageMetadata({
    title: t("page.title"),
    description: t("page.metaDescription"),
    path: PATH,
    feeds: {
      "text/calendar": [{ url: local(`${DEADLINES_ICS_PATH}${selection.filterQuery}`), title: t("atom.calendarLinkTitle") }],
      "application/atom+xml": [{ url: local(`${PROGRAMMES_ATOM_PATH}${selection.filterQuery}`), title: t("atom.linkTitle") }],
    },
  });
}

/** /fristen for given parameters: the selection's upcoming deadlines as a list by month or a month calendar. */
export async function DeadlinesPage({ raw, now = new Date() }: { raw: RawSearchParams; now?: Date }) {
  const [selection, t, local] = await Promise.all([selectProgrammes(raw, now), getTranslations("deadlines"), localSubscriptionPaths()]);
  const view = parseDeadlineView(raw, now);
  const groups = await facetFilterGroups("programme", selection.query.filters, selection.counts, selection.data.options);
  const upcoming = upcomingDeadlines(selection.programmes, now);
  const hidden: Record<string, string> = view.calendar ? { [VIEW_PARAM]: CALENDAR_VIEW, [MONTH_PARAM]: view.month } : {};
  const viewHref = (calendar: boolean) => hrefWith(PATH, raw, { [VIEW_PARAM]: calendar ? CALENDAR_VIEW : undefined, [MONTH_PARAM]: undefined });

  return (
    <>
      <h1 className="page-title">{t("page.title")}</h1>
      <p className="mt-2 max-w-3xl text-lg">{t("page.intro")}</p>
      <SubscribeLinks
        webcalHref={webcalUrl(env.SITE_URL, local(`${DEADLINES_ICS_PATH}${selection.filterQuery}`))}
        icsHref={local(`${DEADLINES_ICS_PATH}${selection.filterQuery}`)}
        atomHref={local(`${PROGRAMMES_ATOM_PATH}${selection.filterQuery}`)}
        alertHref={alertNewHref(selection.filterQuery)}
        filtered={selection.filterQuery !== ""}
      />
      <div className="mt-8 grid gap-8 md:grid-cols-[18rem_1fr]">
        <aside className="min-w-0">
          <FilterForm action={PATH} query={selection.query.q} sort="" groups={groups} resultsId={RESULTS_ID} hidden={hidden} />
        </aside>
        <section id={RESULTS_ID} aria-labelledby="ergebnisse-heading" tabIndex={-1} className="min-w-0">
          <div className="flex flex-wrap items-end justify-between gap-4 border-b-2 border-ink pb-3">
            <h2 id="ergebnisse-heading" className="text-2xl font-bold" data-testid="deadline-count">
              {t("page.count", { count: upcoming.length })}
            </h2>
            <nav aria-label={t("page.viewLabel")}>
              <ul className="flex gap-4">
                <li>
                  <LocalLink href={`${viewHref(false)}#${RESULTS_ID}`} aria-current={view.calendar ? undefined : "page"} className={view.calendar ? "" : "font-bold no-underline"}>
                    {t("page.viewList")}
                  </LocalLink>
                </li>
                <li>
                  <LocalLink href={`${viewHref(true)}#${RESULTS_ID}`} aria-current={view.calendar ? "page" : undefined} className={view.calendar ? "font-bold no-underline" : ""}>
                    {t("page.viewCalendar")}
                  </LocalLink>
                </li>
              </ul>
            </nav>
          </div>
          <div className="mt-4">
            <ActiveFilters action={PATH} raw={raw} groups={groups} />
          </div>
          {view.calendar ? <CalendarView raw={raw} month={view.month} now={now} upcoming={upcoming} /> : <DeadlineList groups={groupByMonth(upcoming)} />}
          {upcoming.length === 0 && (
            <p className="mt-6">
              {t("page.empty")} <LocalLink href={PATH}>{t("page.resetFilters")}</LocalLink>
            </p>
          )}
        </section>
      </div>
    </>
  );
}

async function CalendarView({ raw, month, now, upcoming }: { raw: RawSearchParams; month: string; now: Date; upcoming: DeadlineItem[] }) {
  const months = calendarMonths(now);
  const inMonth = upcoming.filter((row) => row.deadline.startsWith(month));
  const byDay = new Map<string, CalendarEntry[]>();
  for (const row of inMonth) byDay.set(row.deadline, [...(byDay.get(row.deadline) ?? []), row]);
  const monthHref = (target: string) => (months.includes(target) ? `${hrefWith(PATH, raw, { [MONTH_PARAM]: target })}#${RESULTS_ID}` : null);
  return (
    <>
      <DeadlineCalendar
        month={month}
        today={berlinDay(now)}
        byDay={byDay}
        previousMonth={shiftMonth(month, -1)}
        nextMonth={shiftMonth(month, 1)}
        previousHref={monthHref(shiftMonth(month, -1))}
        nextHref={monthHref(shiftMonth(month, 1))}
      />
      {inMonth.length > 0 && <DeadlineList groups={groupByMonth(inMonth)} />}
    </>
  );
}
