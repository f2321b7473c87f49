import { enumToSlug, facetValues, type DataSourceOf, type FacetSelection } from "@/lib/facets";
import { applyFacets, paginate, typeFacets } from "@/lib/listing/facet-engine";
import type { ListSchema } from "@/lib/listing/canonical";
import { parseFacetSelection, parsePage, parseQuery, parseSort, type RawSearchParams } from "@/lib/listing/params";
import { matchesAllWords } from "@/lib/listing/text-match";
import type { ProviderCardDTO } from "./dto";

export const PROVIDER_PAGE_SIZE = 20;
export const PROVIDER_SORTS = ["a-z", "neu", "ort"] as const;
export type ProviderSort = (typeof PROVIDER_SORTS)[number];
export const PROVIDER_DEFAULT_SORT: ProviderSort = "a-z";

export interface ProviderListQuery {
  q: string;
  /** Facet parameter → chosen values (lib/facets/registry.ts), every provider facet present. */
  filters: FacetSelection;
  sort: ProviderSort;
  page: number;
}

/** `kreise`: the region slugs a provider's seat can have; anything else in the URL is ignored. */
export type ProviderFacetValues = Record<DataSourceOf<"provider">, readonly string[]>;

export function providerListSchema(known: ProviderFacetValues): ListSchema {
  return { facets: facetValues("provider", known), sorts: PROVIDER_SORTS, defaultSort: PROVIDER_DEFAULT_SORT };
}

export function parseProviderListQuery(raw: RawSearchParams, known: ProviderFacetValues): ProviderListQuery {
  return {
    q: parseQuery(raw),
    filters: parseFacetSelection(raw, facetValues("provider", known)),
    sort: parseSort(raw, PROVIDER_SORTS, PROVIDER_DEFAULT_SORT),
    page: parsePage(raw),
  };
}

const facets = typeFacets<"provider", ProviderCardDTO>("provider", {
  service: (p) => p.services.map(enumToSlug),
  industry: (p) => p.industries.map(enumToSlug),
  region: (p) => [p.regionSlug],
  companySize: (p) => [enumToSlug(p.size)],
});

const byName = (a: ProviderCardDTO, b: ProviderCardDTO) => a.name.localeCompare(b.name, "de");
const sorters: Record<ProviderSort, (a: ProviderCardDTO, b: ProviderCardDTO) => number> = {
  "a-z": byName,
  neu: (a, b) => b.publishedAt.localeCompare(a.publishedAt) || byName(a, b),
  ort: (a, b) => a.town.localeCompare(b.town, "de") || byName(a, b),
};

/** The providers a list query selects (text words and facets, unsorted) with the facet counts; the list and the open data API filter alike. */
export function filterProviders<C extends ProviderCardDTO>(cards: readonly C[], query: Pick<ProviderListQuery, "q" | "filters">) {
  const texts = cards.filter((card) => matchesAllWords(`${card.name} ${card.summary} ${card.town}`, query.q));
  return applyFacets<C>(texts, facets, query.filters);
}

export function searchProviders(cards: readonly ProviderCardDTO[], query: ProviderListQuery) {
  const { matches, counts } = filterProviders(cards, query);
  matches.sort(sorters[query.sort]);
  return { ...paginate(matches, query.page, PROVIDER_PAGE_SIZE), counts };
}
