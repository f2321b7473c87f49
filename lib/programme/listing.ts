import { STATUS_FILTER_SLUGS, enumToSlug, facetValues, type DataSourceOf, type FacetSelection } from "@/lib/facets";
import { applyFacets, paginate, typeFacets } from "@/lib/listing/facet-engine";
import type { ListSchema } from "@/lib/listing/canonical";
import { parseFacetSelection, parsePage, parseQuery, parseSort, type RawSearchParams } from "@/lib/listing/params";
import { matchesAllWords } from "@/lib/listing/text-match";
import { servedKreise } from "@/lib/taxonomy/kreise";
import type { ProgrammeCardDTO } from "./dto";
import { programmeTiming } from "./deadline";
import { STATUS_RANK, type ProgrammeStatus } from "./status";

export const PROGRAMME_PAGE_SIZE = 20;
export const PROGRAMME_SORTS = ["frist", "neu", "a-z"] as const;
export type ProgrammeSort = (typeof PROGRAMME_SORTS)[number];
export const PROGRAMME_DEFAULT_SORT: ProgrammeSort = "frist";

type StatusFilter = (typeof STATUS_FILTER_SLUGS)[number];
const STATUS_TO_FILTER: Record<ProgrammeStatus, StatusFilter> = {
  open: "offen",
  rolling: "offen",
  upcoming: "demnaechst",
  closed: "geschlossen",
};

export interface ProgrammeListQuery {
  q: string;
  /** Facet parameter → chosen values (lib/facets/registry.ts), every programme facet present. */
  filters: FacetSelection;
  sort: ProgrammeSort;
  page: number;
}

/** The slugs that exist now: topics, and the Kreise (visitors filter by where they are; wider-area programmes count in each). */
export type ProgrammeFacetSources = Record<DataSourceOf<"programme">, readonly string[]>;

export function programmeListSchema(known: ProgrammeFacetSources): ListSchema {
  return { facets: facetValues("programme", known), sorts: PROGRAMME_SORTS, defaultSort: PROGRAMME_DEFAULT_SORT };
}

/** Values a visitor cannot choose are ignored. */
export function parseProgrammeListQuery(raw: RawSearchParams, known: ProgrammeFacetSources): ProgrammeListQuery {
  return {
    q: parseQuery(raw),
    filters: parseFacetSelection(raw, facetValues("programme", known)),
    sort: parseSort(raw, PROGRAMME_SORTS, PROGRAMME_DEFAULT_SORT),
    page: parsePage(raw),
  };
}

type Row = ProgrammeCardDTO & { status: ProgrammeStatus; daysLeft: number | null; kreise: string[] };

const facets = typeFacets<"programme", Row>("programme", {
  status: (p) => [STATUS_TO_FILTER[p.status]],
  fundingType: (p) => p.fundingTypes.map(enumToSlug),
  targetGroup: (p) => p.targetGroups.map(enumToSlug),
  topic: (p) => p.topicSlugs,
  region: (p) => p.kreise,
  fundingLevel: (p) => [enumToSlug(p.level)],
});

// Deadline order: applicable now by nearest deadline, then rolling, then upcoming, then closed.
const byDeadline = (a: Row, b: Row) =>
  STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
  (a.status === "closed"
    ? (b.deadline ?? "").localeCompare(a.deadline ?? "")
    : a.status === "upcoming"
      ? (a.applicationStart ?? "").localeCompare(b.applicationStart ?? "")
      : (a.deadline ?? "9999").localeCompare(b.deadline ?? "9999")) ||
  a.title.localeCompare(b.title, "de");

const sorters: Record<ProgrammeSort, (a: Row, b: Row) => number> = {
  frist: byDeadline,
  neu: (a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title, "de"),
  "a-z": (a, b) => a.title.localeCompare(b.title, "de"),
};

/**
 * The programmes a list query selects (text words and facets, unsorted) with their facet counts;
 * the list, /fristen, its calendar file and the Atom feed filter alike through this.
 * `kreise`: slugs of the five Kreise; a programme for a wider area counts in each of them.
 */
export function filterProgrammes<C extends ProgrammeCardDTO>(cards: readonly C[], query: Pick<ProgrammeListQuery, "q" | "filters">, kreise: readonly string[], now = new Date()) {
  const rows: (C & Row)[] = cards
    .filter((card) => matchesAllWords(`${card.title} ${card.summary} ${card.fundingBodyName}`, query.q))
    .map((card) => ({ ...card, ...programmeTiming(card, now), kreise: servedKreise(card.regionSlugs, kreise, card.level) }));
  return applyFacets<C & Row>(rows, facets, query.filters);
}

/** `kreise`: slugs of the five Kreise; a programme for a wider area counts in each of them. */
export function searchProgrammes(cards: readonly ProgrammeCardDTO[], query: ProgrammeListQuery, kreise: readonly string[], now = new Date()) {
  const { matches, counts } = filterProgrammes(cards, query, kreise, now);
  matches.sort(sorters[query.sort]);
  return { ...paginate(matches, query.page, PROGRAMME_PAGE_SIZE), counts };
}

