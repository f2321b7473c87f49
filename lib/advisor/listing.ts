import { servedKreise } from "@/lib/taxonomy/kreise";
import { CONSULTATION_MODES, enumToSlug } from "@/lib/facets";
import { applyFacets, paginate, type FacetDefinition } from "@/lib/listing/facet-engine";
import type { ListSchema } from "@/lib/listing/canonical";
import { allowedValues, parsePage, parseQuery, parseSort, type RawSearchParams } from "@/lib/listing/params";
import { matchesAllWords } from "@/lib/listing/text-match";
import type { AdvisorCardDTO } from "./dto";

export const ADVISOR_PAGE_SIZE = 20;
export const ADVISOR_SORTS = ["a-z", "organisation"] as const;
export type AdvisorSort = (typeof ADVISOR_SORTS)[number];
export const ADVISOR_DEFAULT_SORT: AdvisorSort = "a-z";

/** URL parameter names (German, stable) → facet keys. */
export const ADVISOR_FACET_PARAMS = {
  thema: "topic",
  gebiet: "region",
  organisation: "organisation",
  beratungsform: "consultationMode",
} as const;

export interface AdvisorListQuery {
  q: string;
  topics: string[];
  regions: string[];
  organisations: string[];
  consultationModes: string[];
  sort: AdvisorSort;
  page: number;
}

/** The slugs a visitor can choose from; anything else in the URL is ignored. */
export interface AdvisorFacetValues {
  topics: readonly string[];
  /** The Kreise: visitors filter by where they are, not by an advisor's stored scope. */
  kreise: readonly string[];
  organisations: readonly string[];
}

function advisorFacets(known: AdvisorFacetValues) {
  return {
    thema: known.topics,
    gebiet: known.kreise,
    organisation: known.organisations,
    beratungsform: CONSULTATION_MODES.map(enumToSlug),
  };
}

export function advisorListSchema(known: AdvisorFacetValues): ListSchema {
  return { facets: advisorFacets(known), sorts: ADVISOR_SORTS, defaultSort: ADVISOR_DEFAULT_SORT };
}

export function parseAdvisorListQuery(raw: RawSearchParams, known: AdvisorFacetValues): AdvisorListQuery {
  const facets = advisorFacets(known);
  return {
    q: parseQuery(raw),
    topics: allowedValues(raw, "thema", facets.thema),
    regions: allowedValues(raw, "gebiet", facets.gebiet),
    organisations: allowedValues(raw, "organisation", facets.organisation),
    consultationModes: allowedValues(raw, "beratungsform", facets.beratungsform),
    sort: parseSort(raw, ADVISOR_SORTS, ADVISOR_DEFAULT_SORT),
    page: parsePage(raw),
  };
}

/** The organisations that have published advisors, by name: the options of the organisation facet. */
export function advisorOrganisations(cards: readonly AdvisorCardDTO[]): { slug: string; name: string }[] {
  const bySlug = new Map(cards.map((card) => [card.organisationSlug, card.organisationName]));
  return [...bySlug]
    .map(([slug, name]) => ({ slug, name }))
    .sort((a, b) => a.name.localeCompare(b.name, "de"));
}

type Row = AdvisorCardDTO & { kreise: string[] };

const facets: FacetDefinition<Row>[] = [
  { key: "thema", values: (a) => a.topicSlugs },
  { key: "gebiet", values: (a) => a.kreise },
  { key: "organisation", values: (a) => [a.organisationSlug] },
  { key: "beratungsform", values: (a) => a.consultationModes.map(enumToSlug) },
];

/** Sort key of a name: academic titles do not count ("Dr. Miriam Klein" sorts under M). */
export function nameSortKey(name: string): string {
  return name.replace(/^(?:(?:Prof|Dr)\.(?:[\s-]*(?:rer|phil|med|ing|nat|h\.\s*c)\.)*\s*)+/i, "");
}

const byName = (a: Row, b: Row) => nameSortKey(a.name).localeCompare(nameSortKey(b.name), "de");
const sorters: Record<AdvisorSort, (a: Row, b: Row) => number> = {
  "a-z": byName,
  organisation: (a, b) => a.organisationName.localeCompare(b.organisationName, "de") || byName(a, b),
};

export function searchAdvisors(cards: readonly AdvisorCardDTO[], query: AdvisorListQuery, kreise: readonly string[]) {
  const rows: Row[] = cards
    .filter((card) => matchesAllWords(`${card.name} ${card.jobTitle ?? ""} ${card.organisationName} ${card.summary}`, query.q))
    .map((card) => ({ ...card, kreise: servedKreise(card.regionSlugs, kreise) }));
  const { matches, counts } = applyFacets(rows, facets, {
    thema: query.topics,
    gebiet: query.regions,
    organisation: query.organisations,
    beratungsform: query.consultationModes,
  });
  matches.sort(sorters[query.sort]);
  return { ...paginate(matches, query.page, ADVISOR_PAGE_SIZE), counts };
}
