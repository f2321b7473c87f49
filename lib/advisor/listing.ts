import { servedKreise } from "@/lib/taxonomy/kreise";
import { enumToSlug, facetValues, type DataSourceOf, type FacetSelection } from "@/lib/facets";
import { applyFacets, paginate, typeFacets } from "@/lib/listing/facet-engine";
import type { ListSchema } from "@/lib/listing/canonical";
import { parseFacetSelection, parsePage, parseQuery, parseSort, type RawSearchParams } from "@/lib/listing/params";
import { matchesAllWords } from "@/lib/listing/text-match";
import type { AdvisorCardDTO } from "./dto";

export const ADVISOR_PAGE_SIZE = 20;
export const ADVISOR_SORTS = ["a-z", "organisation"] as const;
export type AdvisorSort = (typeof ADVISOR_SORTS)[number];
export const ADVISOR_DEFAULT_SORT: AdvisorSort = "a-z";

export interface AdvisorListQuery {
  q: string;
  /** Facet parameter → chosen values (lib/facets/registry.ts), every advisor facet present. */
  filters: FacetSelection;
  sort: AdvisorSort;
  page: number;
}

/**
 * The slugs a visitor can choose from (anything else in the URL is ignored): topics, the Kreise
 * (visitors filter by where they are, not by an advisor's stored scope) and organisations.
 */
export type AdvisorFacetValues = Record<DataSourceOf<"advisor">, readonly string[]>;

export function advisorListSchema(known: AdvisorFacetValues): ListSchema {
  return { facets: facetValues("advisor", known), sorts: ADVISOR_SORTS, defaultSort: ADVISOR_DEFAULT_SORT };
}

export function parseAdvisorListQuery(raw: RawSearchParams, known: AdvisorFacetValues): AdvisorListQuery {
  return {
    q: parseQuery(raw),
    filters: parseFacetSelection(raw, facetValues("advisor", known)),
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

const facets = typeFacets<"advisor", Row>("advisor", {
  topic: (a) => a.topicSlugs,
  region: (a) => a.kreise,
  organisation: (a) => [a.organisationSlug],
  consultationMode: (a) => a.consultationModes.map(enumToSlug),
});

/** Sort key of a name: academic titles do not count ("Dr. Miriam Klein" sorts under M). */
export function nameSortKey(name: string): string {
  return name.replace(/^(?:(?:Prof|Dr)\.(?:[\s-]*(?:rer|phil|med|ing|nat|h\.\s*c)\.)*\s*)+/i, "");
}

const byName = (a: Row, b: Row) => nameSortKey(a.name).localeCompare(nameSortKey(b.name), "de");
const sorters: Record<AdvisorSort, (a: Row, b: Row) => number> = {
  "a-z": byName,
  organisation: (a, b) => a.organisationName.localeCompare(b.organisationName, "de") || byName(a, b),
};

/** The advisors a list query selects (text words and facets, unsorted) with the facet counts; the list and the open data API filter alike. */
export function filterAdvisors<C extends AdvisorCardDTO>(cards: readonly C[], query: Pick<AdvisorListQuery, "q" | "filters">, kreise: readonly string[]) {
  const rows = cards
    .filter((card) => matchesAllWords(`${card.name} ${card.jobTitle ?? ""} ${card.organisationName} ${card.summary}`, query.q))
    .map((card) => ({ ...card, kreise: servedKreise(card.regionSlugs, kreise) }));
  return applyFacets<C & { kreise: string[] }>(rows, facets, query.filters);
}

export function searchAdvisors(cards: readonly AdvisorCardDTO[], query: AdvisorListQuery, kreise: readonly string[]) {
  const { matches, counts } = filterAdvisors(cards, query, kreise);
  matches.sort(sorters[query.sort]);
  return { ...paginate(matches, query.page, ADVISOR_PAGE_SIZE), counts };
}
