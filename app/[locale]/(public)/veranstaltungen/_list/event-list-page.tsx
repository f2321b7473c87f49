import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { EventCard } from "@/components/event/event-card";
import { facetFilterGroups } from "@/components/search/facet-groups";
import { ListLayout } from "@/components/search/list-layout";
import { getEventCards } from "@/lib/event/cached";
import type { EventCardDTO } from "@/lib/event/dto";
import { EVENT_PAGE_SIZE, EVENT_SORTS, parseEventListQuery, searchEvents, type EventListQuery, type EventView } from "@/lib/event/listing";
import { eventFilterQuery } from "@/lib/event/calendar-links";
import { getFacetData } from "@/lib/listing/facet-data";
import type { RawSearchParams } from "@/lib/listing/params";
import { engineListSearch } from "@/lib/search/page/list-text-search";
import { localSubscriptionPaths } from "@/lib/subscriptions/language";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const PATHS: Record<EventView, string> = { upcoming: "/veranstaltungen", past: "/veranstaltungen/archiv" };
const MESSAGES: Record<EventView, "events.list" | "events.archive"> = { upcoming: "events.list", past: "events.archive" };

export async function eventListMetadata(view: EventView): Promise<Metadata> {
  const t = await getTranslations(MESSAGES[view]);
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: PATHS[view] });
}

/**
 * The coming events (soonest first) or the past ones (newest first). Which events are past is
 * decided here, at render time, from their ends; cached renders expire at the next end.
 */
export async function EventListPage({ raw, view, now = new Date() }: { raw: RawSearchParams; view: EventView; now?: Date }) {
  const [cards, { options, slugs }, t, tl, local] = await Promise.all([
    getEventCards(),
    getFacetData("event"),
    getTranslations(MESSAGES[view]),
    getTranslations("events.list"),
    localSubscriptionPaths(),
  ]);
  const query = parseEventListQuery(raw, slugs);
  const result = (query.q && (await textSearch(cards, query, slugs.kreise, view, now))) || searchEvents(cards, query, slugs.kreise, view, now);
  const groups = await facetFilterGroups("event", query.filters, result.counts, options);
  const calendarQuery = eventFilterQuery(query.filters);

  return (
    <ListLayout
      path={PATHS[view]}
      raw={raw}
      title={t("title")}
      intro={
        <>
          <p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>
          {view === "upcoming" && <p className="mt-2 max-w-3xl text-muted">{tl("regionHint")}</p>}
          <p className="mt-2">
            {view === "upcoming" ? <Link href={PATHS.past}>{tl("archiveLink")}</Link> : <Link href={PATHS.upcoming}>{t("upcomingLink")}</Link>}
          </p>
        </>
      }
      query={query}
      sortOptions={EVENT_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
      groups={groups}
      result={result}
      afterResults={
        view === "upcoming" && (
          <p className="mt-6">
            <a href={local(`/veranstaltungen/kalender.ics${calendarQuery}`)} type="text/calendar">
              {tl("calendarLink")}
            </a>
          </p>
        )
      }
    >
      {result.items.map((event) => (
        <EventCard key={event.slug} event={event} />
      ))}
    </ListLayout>
  );
}

/**
 * A text search (q) through the search engine; null if it is unavailable. The engine finds the
 * matching events; which of them are past, their order and the counts of this view are decided
 * in memory, as without q.
 */
async function textSearch(cards: EventCardDTO[], query: EventListQuery, kreise: readonly string[], view: EventView, now: Date) {
  const found = await engineListSearch({ type: "event", q: query.q, selection: query.filters, sort: null, page: 1, pageSize: EVENT_PAGE_SIZE, cards });
  if (!found) return null;
  return searchEvents(found.matches, { ...query, q: "" }, kreise, view, now);
}
