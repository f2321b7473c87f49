import type { MultiSearchQuery, SearchResponse } from "meilisearch";
import { STATUS_FACET_PARAM } from "@/lib/facets/registry";
import { SEARCH_DOC_TYPES, SEARCH_STATUS_FILTERS } from "@/lib/search/types";
import type { SearchDocType, SearchHit, SearchQuery, SearchResult, SearchStatusFilter } from "@/lib/search/types";
import { TYPE_ATTRIBUTE, buildFilterClauses, dayNumber, deadlineSegments, facetAttribute, filterArray, statusCondition } from "./filter";
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, renderHighlight } from "./highlight";

// Turns one SearchQuery into Meilisearch requests: a single multi-search for hits and all counts,
// plus (deadline order only) a second one for the page's hits. Pure, so the requests are testable.

/** What each query of the first batch is for. */
export type Slot =
  | { kind: "main" }
  | { kind: "facet"; key: string }
  | { kind: "types" }
  | { kind: "status"; status: SearchStatusFilter }
  | { kind: "segment"; index: number };

export interface SearchPlan {
  queries: MultiSearchQuery[];
  slots: Slot[];
  /** Facets counted by the main query (no selection of their own, so its counts are right). */
  mainFacetKeys: string[];
  /** Deadline order: filters and sorts of the segments, fetched once their sizes are known. */
  segments: { filter: string[]; sort: string[] }[] | null;
}

const RETRIEVE = ["type", "slug", "title", "summary", "applicationStart", "deadline"];
const HIGHLIGHT = { attributesToHighlight: ["title", "summary"], highlightPreTag: HIGHLIGHT_PRE, highlightPostTag: HIGHLIGHT_POST };

function sortFor(query: SearchQuery): { sort?: string[] } {
  switch (query.sort) {
    case "newest":
      return { sort: ["publishedAtMs:desc", "titleSort:asc"] };
    case "title":
      return { sort: ["titleSort:asc"] };
    default:
      // Without words there is no relevance to rank by; a stable A–Z order instead of index order.
      return queryText(query.text) ? {} : { sort: ["titleSort:asc"] };
  }
}

/** The query text as sent: ß as ss, which the documents' `folded` copy also has. */
export function queryText(text: string): string {
  return text.trim().replace(/ß/g, "ss").replace(/ẞ/g, "SS");
}

/** German always; a French or English search also reads its words in that language (the translated texts). */
const MEILI_LOCALES = { de: ["deu"], fr: ["deu", "fra"], en: ["deu", "eng"] } as const;
const localesOf = (query: SearchQuery) => [...MEILI_LOCALES[query.language ?? "de"]];

export function planSearch(query: SearchQuery, indexUid: string, facetKeys: ReadonlySet<string>): SearchPlan {
  const q = queryText(query.text);
  const clauses = buildFilterClauses(query, facetKeys);
  const common = { indexUid, q, matchingStrategy: "all" as const, locales: localesOf(query) };
  const count = (filter: string[], facets: string[] = []): MultiSearchQuery => ({ ...common, filter, facets, page: 1, hitsPerPage: 0 });

  const requested = [...new Set(query.facets)];
  const activeFacets = requested.filter((key) => key in clauses.facets);
  const passiveFacets = requested.filter((key) => facetKeys.has(key) && !(key in clauses.facets));
  const mainFacets = passiveFacets.map(facetAttribute);
  if (!clauses.type) mainFacets.push(TYPE_ATTRIBUTE);

  const slots: Slot[] = [{ kind: "main" }];
  const deadlineOrder = query.sort === "deadline";
  const queries: MultiSearchQuery[] = [
    deadlineOrder
      ? count(filterArray(clauses), mainFacets)
      : { ...common, ...HIGHLIGHT, filter: filterArray(clauses), facets: mainFacets, ...sortFor(query), page: query.page, hitsPerPage: query.pageSize, attributesToRetrieve: RETRIEVE },
  ];
  // Disjunctive counts: each active facet counted under every restriction but its own.
  for (const key of activeFacets) {
    slots.push({ kind: "facet", key });
    queries.push(count(filterArray(clauses, { withoutFacet: key }), [facetAttribute(key)]));
  }
  if (clauses.type) {
    slots.push({ kind: "types" });
    queries.push(count(filterArray(clauses, { withoutType: true }), [TYPE_ATTRIBUTE]));
  }
  if (requested.includes(STATUS_FACET_PARAM)) {
    const today = dayNumber(query.today);
    for (const status of SEARCH_STATUS_FILTERS) {
      slots.push({ kind: "status", status });
      queries.push(count(filterArray(clauses, { withoutStatus: true, extra: statusCondition(status, today) })));
    }
  }
  let segments: SearchPlan["segments"] = null;
  if (deadlineOrder) {
    segments = deadlineSegments(dayNumber(query.today)).map((segment) => ({
      filter: filterArray(clauses, { extra: segment.filter }),
      sort: [...segment.sort, "titleSort:asc"],
    }));
    segments.forEach((segment, index) => {
      slots.push({ kind: "segment", index });
      queries.push(count(segment.filter));
    });
  }
  return { queries, slots, mainFacetKeys: passiveFacets, segments };
}

/** The second batch (deadline order): the page's slice of each segment it overlaps. */
export function planSegmentHits(plan: SearchPlan, sizes: number[], query: SearchQuery, indexUid: string): MultiSearchQuery[] {
  const queries: MultiSearchQuery[] = [];
  let skip = (query.page - 1) * query.pageSize;
  let want = query.pageSize;
  for (const [index, segment] of (plan.segments ?? []).entries()) {
    const size = sizes[index] ?? 0;
    if (want <= 0) break;
    if (skip >= size) {
      skip -= size;
      continue;
    }
    const limit = Math.min(want, size - skip);
    queries.push({ indexUid, q: queryText(query.text), matchingStrategy: "all", locales: localesOf(query), ...HIGHLIGHT, filter: segment.filter, sort: segment.sort, offset: skip, limit, attributesToRetrieve: RETRIEVE });
    want -= limit;
    skip = 0;
  }
  return queries;
}

type Response = SearchResponse<Record<string, unknown>>;

function totalOf(response: Response | undefined): number {
  return response?.totalHits ?? response?.estimatedTotalHits ?? 0;
}

/** Hits show the German texts: on a French or English search they are marked as such (issue 20). */
export function toHit(hit: Record<string, unknown>, language: SearchQuery["language"] = "de"): SearchHit {
  const formatted = (hit._formatted ?? {}) as Record<string, unknown>;
  const str = (value: unknown) => (typeof value === "string" ? value : "");
  return {
    type: hit.type as SearchDocType,
    slug: str(hit.slug),
    title: str(hit.title),
    summary: str(hit.summary),
    applicationStart: typeof hit.applicationStart === "string" ? hit.applicationStart : null,
    deadline: typeof hit.deadline === "string" ? hit.deadline : null,
    highlightedTitle: renderHighlight(formatted.title as string | undefined, str(hit.title)),
    highlightedSummary: renderHighlight(formatted.summary as string | undefined, str(hit.summary)),
    ...(language !== "de" && { titleLang: "de" as const, summaryLang: "de" as const }),
  };
}

/** Everything but the hits of a deadline-ordered search; `segmentSizes` for planSegmentHits. */
export function readResults(plan: SearchPlan, responses: Response[], query: SearchQuery) {
  const facetCounts: Record<string, Record<string, number>> = {};
  for (const key of new Set(query.facets)) facetCounts[key] = {};
  const countsByType = Object.fromEntries(SEARCH_DOC_TYPES.map((type) => [type, 0])) as Record<SearchDocType, number>;
  const segmentSizes: number[] = [];
  const main = responses[0];

  const readTypes = (response: Response | undefined) => {
    for (const [type, n] of Object.entries(response?.facetDistribution?.[TYPE_ATTRIBUTE] ?? {})) {
      if (type in countsByType) countsByType[type as SearchDocType] = n;
    }
  };
  plan.slots.forEach((slot, i) => {
    const response = responses[i];
    if (slot.kind === "main") {
      if (plan.slots.every((s) => s.kind !== "types")) readTypes(response);
      for (const key of plan.mainFacetKeys) {
        facetCounts[key] = { ...(response?.facetDistribution?.[facetAttribute(key)] ?? {}) };
      }
    } else if (slot.kind === "facet") {
      facetCounts[slot.key] = { ...(response?.facetDistribution?.[facetAttribute(slot.key)] ?? {}) };
    } else if (slot.kind === "types") {
      readTypes(response);
    } else if (slot.kind === "status") {
      const n = totalOf(response);
      if (n > 0) facetCounts[STATUS_FACET_PARAM]![slot.status] = n;
    } else {
      segmentSizes[slot.index] = totalOf(response);
    }
  });

  const result: SearchResult = {
    hits: plan.segments ? [] : (main?.hits ?? []).map((hit) => toHit(hit, query.language)),
    total: totalOf(main),
    countsByType,
    facetCounts,
    // Meilisearch corrects typos silently (typo tolerance), so there is no corrected query to show.
    correctedText: null,
  };
  return { result, segmentSizes };
}
