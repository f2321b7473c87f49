import { z } from "zod";
import { INDEXED_FACET_PARAMS, STATUS_FACET_PARAM, derivedFacetParamsOf, indexedFacetParamsOf } from "@/lib/facets/registry";
import { MAX_PAGE, MAX_QUERY_LENGTH, type RawSearchParams } from "@/lib/listing/params";
import { SEARCH_STATUS_FILTERS, type SearchDocType, type SearchLanguage, type SearchQuery, type SearchSort, type SearchStatusFilter } from "./types";

// The parameters of /suche and /api/v1/search, parsed with zod. The page is lenient (unknown or
// broken values are dropped, the page number capped); the API is strict and names the first
// invalid parameter, so that integrators see their mistake instead of silently different results.

/** `typ` values are the directories' URL segments, so a hit's URL is `/<typ>/<slug>`. */
export const SEARCH_TYPE_PARAMS = ["foerderprogramme", "berater", "dienstleister", "veranstaltungen", "initiativen", "aktuelles"] as const;
export type SearchTypeParam = (typeof SEARCH_TYPE_PARAMS)[number];

export const TYPE_BY_PARAM: Record<SearchTypeParam, SearchDocType> = {
  foerderprogramme: "programme",
  berater: "advisor",
  dienstleister: "provider",
  veranstaltungen: "event",
  initiativen: "initiative",
  aktuelles: "news",
};
export const PARAM_BY_TYPE: Record<SearchDocType, SearchTypeParam> = {
  programme: "foerderprogramme",
  advisor: "berater",
  provider: "dienstleister",
  event: "veranstaltungen",
  initiative: "initiativen",
  news: "aktuelles",
};

// Facet parameters come from the registry (lib/facets/registry.ts): the list pages' URL
// parameters. The stored ones are `filters`; the derived status is `statuses`.
const ALL_FACET_PARAMS = new Set(INDEXED_FACET_PARAMS);

/** What /suche reads from its URL (the API's `limit` and `vorschlaege` are not the page's). */
export const SEARCH_PAGE_PARAMS: ReadonlySet<string> = new Set(["q", "typ", "sortierung", "seite", STATUS_FACET_PARAM, ...INDEXED_FACET_PARAMS]);

export const SEARCH_SORT_PARAMS = ["relevanz", "frist", "neu", "a-z"] as const;
export type SearchSortParam = (typeof SEARCH_SORT_PARAMS)[number];
export const ENGINE_SORT: Record<SearchSortParam, SearchSort> = { relevanz: "relevance", frist: "deadline", neu: "newest", "a-z": "title" };
/** The orders that make sense per type; without a type only relevance. */
export const SORTS_BY_TYPE: Record<SearchDocType | "all", readonly SearchSortParam[]> = {
  all: ["relevanz"],
  programme: ["relevanz", "frist", "neu", "a-z"],
  advisor: ["relevanz", "a-z"],
  provider: ["relevanz", "neu", "a-z"],
  event: ["relevanz", "neu", "a-z"],
  initiative: ["relevanz", "neu", "a-z"],
  news: ["relevanz", "neu", "a-z"],
};

export const SEARCH_PAGE_SIZE = 20;
export const MAX_LIMIT = 50;
export const DEFAULT_SUGGESTION_LIMIT = 8;
export const MAX_VALUES_PER_FACET = 30;

export interface SearchParams {
  q: string;
  type: SearchDocType | null;
  /** Facet parameter → values, only the chosen type's facets (none without a type). */
  filters: Record<string, string[]>;
  /** Programmes only. */
  statuses: SearchStatusFilter[];
  sort: SearchSortParam;
  page: number;
  /** Hits per page (API `limit`); null means the default. */
  limit: number | null;
  /** API `vorschlaege=1`: prefix suggestions instead of results. */
  suggestions: boolean;
}

export type SearchParamIssue = "tooLong" | "invalidValue" | "notForType" | "tooMany";
export type ParsedSearchParams = { ok: true; params: SearchParams } | { ok: false; field: string; issue: SearchParamIssue };

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const typeSchema = z.enum(SEARCH_TYPE_PARAMS);
const sortSchema = z.enum(SEARCH_SORT_PARAMS);
const statusSchema = z.enum(SEARCH_STATUS_FILTERS);
const wholeNumber = (max: number) => z.string().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1).max(max));
const pageSchema = wholeNumber(MAX_PAGE);
const limitSchema = wholeNumber(MAX_LIMIT);
const flagSchema = z.enum(["0", "1"]);

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const first = (raw: RawSearchParams, key: string) => list(raw[key])[0]?.trim();
const normalizeText = (text: string) => text.replace(/\s+/g, " ").trim();

class Invalid {
  constructor(
    readonly field: string,
    readonly issue: SearchParamIssue,
  ) {}
}

/**
 * Parses the search parameters. strict (API): the first invalid parameter is reported.
 * lenient (page): invalid values are dropped. `known` limits facet values to those that exist.
 */
export function parseSearchParams(
  raw: RawSearchParams,
  options: { strict: boolean; known?: Partial<Record<string, readonly string[]>> },
): ParsedSearchParams {
  const { strict, known } = options;
  // In lenient mode a broken value falls back; in strict mode it stops parsing.
  const check = <T>(field: string, result: { success: true; data: T } | { success: false }, fallback: T, issue: SearchParamIssue = "invalidValue"): T => {
    if (result.success) return result.data;
    if (strict) throw new Invalid(field, issue);
    return fallback;
  };
  const optional = <T>(field: string, schema: z.ZodType<T>, fallback: T): T => {
    const value = first(raw, field);
    return value === undefined || value === "" ? fallback : check(field, schema.safeParse(value), fallback);
  };

  try {
    const rawQ = normalizeText(list(raw.q)[0] ?? "");
    const q = check("q", rawQ.length <= MAX_QUERY_LENGTH ? { success: true, data: rawQ } : { success: false }, rawQ.slice(0, MAX_QUERY_LENGTH).trim(), "tooLong");
    const typeParam = optional<SearchTypeParam | null>("typ", typeSchema, null);
    const type = typeParam ? TYPE_BY_PARAM[typeParam] : null;

    const filters: Record<string, string[]> = {};
    for (const key of Object.keys(raw).filter((k) => ALL_FACET_PARAMS.has(k))) {
      const values = [...new Set(list(raw[key]).map((v) => v.trim()).filter(Boolean))];
      if (values.length === 0) continue;
      if (!type || !indexedFacetParamsOf(type).includes(key)) {
        check(key, { success: false }, null, "notForType");
        continue;
      }
      if (values.length > MAX_VALUES_PER_FACET) check(key, { success: false }, null, "tooMany");
      if (values.some((v) => !SLUG.test(v))) check(key, { success: false }, null);
      const allowed = known?.[key];
      const valid = values.filter((v) => SLUG.test(v) && (!allowed || allowed.includes(v)));
      if (valid.length > 0) filters[key] = valid.slice(0, MAX_VALUES_PER_FACET);
    }

    const statusValues = [...new Set(list(raw[STATUS_FACET_PARAM]).map((v) => v.trim()).filter(Boolean))];
    const hasStatus = type !== null && derivedFacetParamsOf(type).includes(STATUS_FACET_PARAM);
    if (statusValues.length > 0 && !hasStatus) check(STATUS_FACET_PARAM, { success: false }, null, "notForType");
    for (const value of statusValues) check(STATUS_FACET_PARAM, statusSchema.safeParse(value), null);
    const statuses = hasStatus ? SEARCH_STATUS_FILTERS.filter((s) => statusValues.includes(s)) : [];

    let sort = optional<SearchSortParam>("sortierung", sortSchema, "relevanz");
    if (!SORTS_BY_TYPE[type ?? "all"].includes(sort)) sort = check("sortierung", { success: false }, "relevanz", "notForType");

    return {
      ok: true,
      params: {
        q,
        type,
        filters,
        statuses,
        sort,
        page: optional("seite", pageSchema, 1),
        limit: optional<number | null>("limit", limitSchema, null),
        suggestions: optional("vorschlaege", flagSchema, "0") === "1",
      },
    };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, field: error.field, issue: error.issue };
    throw error;
  }
}

/** The engine query for parsed parameters; `today` is the Berlin calendar day (berlinDay()). */
export function toSearchQuery(params: SearchParams, today: string, pageSize = params.limit ?? SEARCH_PAGE_SIZE, language: SearchLanguage = "de"): SearchQuery {
  const facets = params.type ? [...indexedFacetParamsOf(params.type), ...derivedFacetParamsOf(params.type)] : [];
  return {
    text: params.q,
    types: params.type ? [params.type] : [],
    filters: params.filters,
    statuses: params.statuses,
    sort: ENGINE_SORT[params.sort],
    page: params.page,
    pageSize,
    facets,
    language,
    today,
  };
}

/** Canonical URL parameters for the parsed search (defaults left out), e.g. for links and forms. */
export function toRawParams(params: SearchParams, changes: Partial<Pick<SearchParams, "q" | "type" | "page">> = {}): RawSearchParams {
  const next = { ...params, ...changes };
  const typeChanged = "type" in changes && changes.type !== params.type;
  const raw: RawSearchParams = {};
  if (next.q) raw.q = next.q;
  if (next.type) raw.typ = PARAM_BY_TYPE[next.type];
  if (!typeChanged) {
    for (const [key, values] of Object.entries(next.filters)) raw[key] = values;
    if (next.statuses.length) raw[STATUS_FACET_PARAM] = next.statuses;
    if (next.sort !== "relevanz") raw.sortierung = next.sort;
  }
  if (next.page > 1 && !typeChanged) raw.seite = String(next.page);
  return raw;
}

export function hasFilters(params: SearchParams): boolean {
  return Object.keys(params.filters).length > 0 || params.statuses.length > 0;
}

/** The detail page of a hit. */
export function hitPath(type: SearchDocType, slug: string): string {
  return `/${PARAM_BY_TYPE[type]}/${encodeURIComponent(slug)}`;
}

/** The page's parameters: lenient parsing never fails. */
export function parseSearchPageParams(raw: RawSearchParams, known?: Partial<Record<string, readonly string[]>>): SearchParams {
  const parsed = parseSearchParams(raw, { strict: false, known });
  if (!parsed.ok) throw new Error(`lenient search parameter parsing reported ${parsed.field}`);
  return parsed.params;
}
