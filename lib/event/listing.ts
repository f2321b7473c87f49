import { enumToSlug, facetValues, type DataSourceOf, type FacetSelection } from "@/lib/facets";
import { applyFacets, paginate, typeFacets } from "@/lib/listing/facet-engine";
import type { ListSchema } from "@/lib/listing/canonical";
import { parseFacetSelection, parsePage, parseQuery, parseSort, type RawSearchParams } from "@/lib/listing/params";
import { matchesAllWords } from "@/lib/listing/text-match";
import { servedKreise } from "@/lib/taxonomy/kreise";
import type { EventCardDTO } from "./dto";
import { isPastEvent } from "./timing";

export const EVENT_PAGE_SIZE = 20;
// Upcoming events in the order they take place; the archive shows the newest first (its own view).
export const EVENT_SORTS = ["datum"] as const;
export type EventSort = (typeof EVENT_SORTS)[number];
export const EVENT_DEFAULT_SORT: EventSort = "datum";

/** Which events a list shows: the coming ones (/veranstaltungen) or the past (/veranstaltungen/archiv). */
export type EventView = "upcoming" | "past";

export interface EventListQuery {
  q: string;
  /** Facet parameter → chosen values (lib/facets/registry.ts), every event facet present. */
  filters: FacetSelection;
  sort: EventSort;
  page: number;
}

/** The slugs a visitor can choose from: topics (the Themenfelder) and the Kreise. */
export type EventFacetValues = Record<DataSourceOf<"event">, readonly string[]>;

export function eventListSchema(known: EventFacetValues): ListSchema {
  return { facets: facetValues("event", known), sorts: EVENT_SORTS, defaultSort: EVENT_DEFAULT_SORT };
}

export function parseEventListQuery(raw: RawSearchParams, known: EventFacetValues): EventListQuery {
  return {
    q: parseQuery(raw),
    filters: parseFacetSelection(raw, facetValues("event", known)),
    sort: parseSort(raw, EVENT_SORTS, EVENT_DEFAULT_SORT),
    page: parsePage(raw),
  };
}

type Row = EventCardDTO & { kreise: string[] };

const facets = typeFacets<"event", Row>("event", {
  targetGroup: (e) => e.targetGroups.map(enumToSlug),
  topic: (e) => e.topicSlugs,
  region: (e) => e.kreise,
  eventFormat: (e) => [enumToSlug(e.format)],
});

const byStart = (a: Row, b: Row) => a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title, "de");
const newestFirst = (a: Row, b: Row) => b.startsAt.localeCompare(a.startsAt) || a.title.localeCompare(b.title, "de");

/** The events of one view a query selects (text words and facets, unsorted) with the facet counts; lists and calendar files filter alike. */
export function filterEvents<C extends EventCardDTO>(
  cards: readonly C[],
  query: Pick<EventListQuery, "q" | "filters">,
  kreise: readonly string[],
  view: EventView | "all",
  now: Date,
) {
  const rows = cards
    .filter((card) => view === "all" || isPastEvent(card, now) === (view === "past"))
    .filter((card) => matchesAllWords(`${card.title} ${card.organiserName} ${card.summary} ${card.venueName ?? ""} ${card.town ?? ""}`, query.q))
    .map((card) => ({ ...card, kreise: servedKreise(card.regionSlugs, kreise) }));
  return applyFacets<C & { kreise: string[] }>(rows, facets, query.filters);
}

export function searchEvents(cards: readonly EventCardDTO[], query: EventListQuery, kreise: readonly string[], view: EventView, now: Date) {
  const { matches, counts } = filterEvents(cards, query, kreise, view, now);
  matches.sort(view === "past" ? newestFirst : byStart);
  return { ...paginate(matches, query.page, EVENT_PAGE_SIZE), counts };
}
