import { servedKreise } from "@/lib/taxonomy/kreise";
import { enumToSlug, facetValues, type DataSourceOf, type FacetSelection } from "@/lib/facets";
import { applyFacets, paginate, typeFacets } from "@/lib/listing/facet-engine";
import type { ListSchema } from "@/lib/listing/canonical";
import { parseFacetSelection, parsePage, parseQuery, parseSort, type RawSearchParams } from "@/lib/listing/params";
import { matchesAllWords } from "@/lib/listing/text-match";
import type { InitiativeCardDTO } from "./dto";

export const INITIATIVE_PAGE_SIZE = 20;
export const INITIATIVE_SORTS = ["a-z", "phase"] as const;
export type InitiativeSort = (typeof INITIATIVE_SORTS)[number];
export const INITIATIVE_DEFAULT_SORT: InitiativeSort = "a-z";

export interface InitiativeListQuery {
  q: string;
  /** Facet parameter → chosen values (lib/facets/registry.ts): gebiet, thema, phase. */
  filters: FacetSelection;
  sort: InitiativeSort;
  page: number;
}

/** The slugs a visitor can choose from: Themenfelder and the Kreise (anything else is ignored). */
export type InitiativeFacetValues = Record<DataSourceOf<"initiative">, readonly string[]>;

export function initiativeListSchema(known: InitiativeFacetValues): ListSchema {
  return { facets: facetValues("initiative", known), sorts: INITIATIVE_SORTS, defaultSort: INITIATIVE_DEFAULT_SORT };
}

export function parseInitiativeListQuery(raw: RawSearchParams, known: InitiativeFacetValues): InitiativeListQuery {
  return {
    q: parseQuery(raw),
    filters: parseFacetSelection(raw, facetValues("initiative", known)),
    sort: parseSort(raw, INITIATIVE_SORTS, INITIATIVE_DEFAULT_SORT),
    page: parsePage(raw),
  };
}

type Row = InitiativeCardDTO & { kreise: string[] };

const facets = typeFacets<"initiative", Row>("initiative", {
  topic: (i) => i.topicSlugs,
  region: (i) => i.kreise,
  initiativePhase: (i) => [enumToSlug(i.phase)],
});

const PHASE_ORDER = { GEPLANT: 0, PILOT: 1, UMSETZUNG: 2, ABGESCHLOSSEN: 3 } as const;
const byTitle = (a: Row, b: Row) => a.title.localeCompare(b.title, "de");
const sorters: Record<InitiativeSort, (a: Row, b: Row) => number> = {
  "a-z": byTitle,
  phase: (a, b) => PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase] || byTitle(a, b),
};

/** The initiatives a list query selects (text words and facets, unsorted) with the facet counts. */
export function filterInitiatives<C extends InitiativeCardDTO>(cards: readonly C[], query: Pick<InitiativeListQuery, "q" | "filters">, kreise: readonly string[]) {
  const rows = cards
    .filter((card) => matchesAllWords(`${card.title} ${card.summary} ${card.responsibleBodyName}`, query.q))
    .map((card) => ({ ...card, kreise: servedKreise(card.regionSlugs, kreise) }));
  return applyFacets<C & { kreise: string[] }>(rows, facets, query.filters);
}

export function searchInitiatives(cards: readonly InitiativeCardDTO[], query: InitiativeListQuery, kreise: readonly string[]) {
  const { matches, counts } = filterInitiatives(cards, query, kreise);
  matches.sort(sorters[query.sort]);
  return { ...paginate(matches, query.page, INITIATIVE_PAGE_SIZE), counts };
}
