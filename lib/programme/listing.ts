import { FUNDING_LEVELS, FUNDING_TYPES, TARGET_GROUPS, enumToSlug } from "@/lib/facets";
import { applyFacets, paginate, type FacetDefinition } from "@/lib/listing/facet-engine";
import type { ListSchema } from "@/lib/listing/canonical";
import { allowedValues, parsePage, parseQuery, parseSort, type RawSearchParams } from "@/lib/listing/params";
import { matchesAllWords } from "@/lib/listing/text-match";
import { servedKreise } from "@/lib/taxonomy/kreise";
import type { ProgrammeCardDTO } from "./dto";
import { STATUS_RANK, deriveProgrammeStatus, type ProgrammeStatus } from "./status";

export const PROGRAMME_PAGE_SIZE = 20;
export const PROGRAMME_SORTS = ["frist", "neu", "a-z"] as const;
export type ProgrammeSort = (typeof PROGRAMME_SORTS)[number];
export const PROGRAMME_DEFAULT_SORT: ProgrammeSort = "frist";

/** Status filter slugs; "offen" means applicable now, with or without a deadline. */
export const STATUS_FILTERS = ["offen", "demnaechst", "geschlossen"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
const STATUS_TO_FILTER: Record<ProgrammeStatus, StatusFilter> = {
  open: "offen",
  rolling: "offen",
  upcoming: "demnaechst",
  closed: "geschlossen",
};

/** URL parameter names (German, stable) → facet keys. */
export const PROGRAMME_FACET_PARAMS = {
  foerderart: "fundingType",
  zielgruppe: "targetGroup",
  thema: "topic",
  gebiet: "region",
  ebene: "level",
  status: "status",
} as const;

export interface ProgrammeListQuery {
  q: string;
  fundingTypes: string[];
  targetGroups: string[];
  topics: string[];
  regions: string[];
  levels: string[];
  statuses: StatusFilter[];
  sort: ProgrammeSort;
  page: number;
}

export interface ProgrammeFacetSources {
  topics: readonly string[];
  /** The Kreise: visitors filter by where they are; wider-area programmes count in each. */
  kreise: readonly string[];
}

/** Each filter parameter with the values a visitor can choose (anything else is ignored). */
function programmeFacets(known: ProgrammeFacetSources) {
  return {
    foerderart: FUNDING_TYPES.map(enumToSlug),
    zielgruppe: TARGET_GROUPS.map(enumToSlug),
    thema: known.topics,
    gebiet: known.kreise,
    ebene: FUNDING_LEVELS.map(enumToSlug),
    status: STATUS_FILTERS,
  };
}

export function programmeListSchema(known: ProgrammeFacetSources): ListSchema {
  return { facets: programmeFacets(known), sorts: PROGRAMME_SORTS, defaultSort: PROGRAMME_DEFAULT_SORT };
}

export function parseProgrammeListQuery(raw: RawSearchParams, known: ProgrammeFacetSources): ProgrammeListQuery {
  const facets = programmeFacets(known);
  return {
    q: parseQuery(raw),
    fundingTypes: allowedValues(raw, "foerderart", facets.foerderart),
    targetGroups: allowedValues(raw, "zielgruppe", facets.zielgruppe),
    topics: allowedValues(raw, "thema", facets.thema),
    regions: allowedValues(raw, "gebiet", facets.gebiet),
    levels: allowedValues(raw, "ebene", facets.ebene),
    statuses: allowedValues(raw, "status", facets.status),
    sort: parseSort(raw, PROGRAMME_SORTS, PROGRAMME_DEFAULT_SORT),
    page: parsePage(raw),
  };
}

type Row = ProgrammeCardDTO & { status: ProgrammeStatus; kreise: string[] };

const facets: FacetDefinition<Row>[] = [
  { key: "foerderart", values: (p) => p.fundingTypes.map(enumToSlug) },
  { key: "zielgruppe", values: (p) => p.targetGroups.map(enumToSlug) },
  { key: "thema", values: (p) => p.topicSlugs },
  { key: "gebiet", values: (p) => p.kreise },
  { key: "ebene", values: (p) => [enumToSlug(p.level)] },
  { key: "status", values: (p) => [STATUS_TO_FILTER[p.status]] },
];

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

/** `kreise`: slugs of the five Kreise; a programme for a wider area counts in each of them. */
export function searchProgrammes(cards: readonly ProgrammeCardDTO[], query: ProgrammeListQuery, kreise: readonly string[], now = new Date()) {
  const rows: Row[] = cards
    .filter((card) => matchesAllWords(`${card.title} ${card.summary} ${card.fundingBodyName}`, query.q))
    .map((card) => ({ ...card, status: deriveProgrammeStatus(card, now), kreise: servedKreise(card.regionSlugs, kreise, card.level) }));
  const { matches, counts } = applyFacets(rows, facets, {
    foerderart: query.fundingTypes,
    zielgruppe: query.targetGroups,
    thema: query.topics,
    gebiet: query.regions,
    ebene: query.levels,
    status: query.statuses,
  });
  matches.sort(sorters[query.sort]);
  return { ...paginate(matches, query.page, PROGRAMME_PAGE_SIZE), counts };
}

