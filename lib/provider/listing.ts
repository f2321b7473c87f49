import { COMPANY_SIZES, INDUSTRIES, SERVICE_CATEGORIES, enumToSlug } from "@/lib/facets";
import { applyFacets, paginate, type FacetDefinition } from "@/lib/listing/facet-engine";
import type { ListSchema } from "@/lib/listing/canonical";
import { allowedValues, parsePage, parseQuery, parseSort, type RawSearchParams } from "@/lib/listing/params";
import { matchesAllWords } from "@/lib/listing/text-match";
import type { ProviderCardDTO } from "./dto";

export const PROVIDER_PAGE_SIZE = 20;
export const PROVIDER_SORTS = ["a-z", "neu", "ort"] as const;
export type ProviderSort = (typeof PROVIDER_SORTS)[number];
export const PROVIDER_DEFAULT_SORT: ProviderSort = "a-z";

/** URL parameter names (German, stable) → facet keys. */
export const PROVIDER_FACET_PARAMS = {
  leistung: "service",
  branche: "industry",
  gebiet: "region",
  groesse: "size",
} as const;

export interface ProviderListQuery {
  q: string;
  services: string[];
  industries: string[];
  regions: string[];
  sizes: string[];
  sort: ProviderSort;
  page: number;
}

/** `kreise`: the region slugs a provider's seat can have; anything else in the URL is ignored. */
function providerFacets(known: { kreise: readonly string[] }) {
  return {
    leistung: SERVICE_CATEGORIES.map(enumToSlug),
    branche: INDUSTRIES.map(enumToSlug),
    gebiet: known.kreise,
    groesse: COMPANY_SIZES.map(enumToSlug),
  };
}

export function providerListSchema(known: { kreise: readonly string[] }): ListSchema {
  return { facets: providerFacets(known), sorts: PROVIDER_SORTS, defaultSort: PROVIDER_DEFAULT_SORT };
}

export function parseProviderListQuery(raw: RawSearchParams, known: { kreise: readonly string[] }): ProviderListQuery {
  const facets = providerFacets(known);
  return {
    q: parseQuery(raw),
    services: allowedValues(raw, "leistung", facets.leistung),
    industries: allowedValues(raw, "branche", facets.branche),
    regions: allowedValues(raw, "gebiet", facets.gebiet),
    sizes: allowedValues(raw, "groesse", facets.groesse),
    sort: parseSort(raw, PROVIDER_SORTS, PROVIDER_DEFAULT_SORT),
    page: parsePage(raw),
  };
}

const facets: FacetDefinition<ProviderCardDTO>[] = [
  { key: "leistung", values: (p) => p.services.map(enumToSlug) },
  { key: "branche", values: (p) => p.industries.map(enumToSlug) },
  { key: "gebiet", values: (p) => [p.regionSlug] },
  { key: "groesse", values: (p) => [enumToSlug(p.size)] },
];

const byName = (a: ProviderCardDTO, b: ProviderCardDTO) => a.name.localeCompare(b.name, "de");
const sorters: Record<ProviderSort, (a: ProviderCardDTO, b: ProviderCardDTO) => number> = {
  "a-z": byName,
  neu: (a, b) => b.publishedAt.localeCompare(a.publishedAt) || byName(a, b),
  ort: (a, b) => a.town.localeCompare(b.town, "de") || byName(a, b),
};

export function searchProviders(cards: readonly ProviderCardDTO[], query: ProviderListQuery) {
  const texts = cards.filter((card) => matchesAllWords(`${card.name} ${card.summary} ${card.town}`, query.q));
  const { matches, counts } = applyFacets(texts, facets, {
    leistung: query.services,
    branche: query.industries,
    gebiet: query.regions,
    groesse: query.sizes,
  });
  matches.sort(sorters[query.sort]);
  return { ...paginate(matches, query.page, PROVIDER_PAGE_SIZE), counts };
}
