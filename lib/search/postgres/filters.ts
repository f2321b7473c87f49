import { INDEXED_FACET_PARAMS, STATUS_FACET_PARAM } from "@/lib/facets/registry";
import { SEARCH_DOC_TYPES, SEARCH_STATUS_FILTERS, type SearchQuery } from "../types";
import { joinSql, sql, trustedSql, type Sql } from "./sql";

// Filters as conditions on a document `d` whose facets, plus the derived "status:<value>", are
// `x.f`. Disjunctive faceting needs to know, per row, how many restrictions fail and which one:
// a row failing only "gebiet" still counts for the other "gebiet" values.

/** The key the type restriction uses in `failed_key` (no facet key starts with "@"). */
export const TYPE_KEY = "@type";

export interface ActiveFilter {
  key: string;
  condition: Sql;
}

const KNOWN_KEYS = new Set(INDEXED_FACET_PARAMS);

export function activeFilters(query: Pick<SearchQuery, "filters" | "statuses" | "types">): ActiveFilter[] {
  const filters: ActiveFilter[] = [];
  for (const [key, values] of Object.entries(query.filters)) {
    // Unknown keys are ignored like unknown URL parameters (the Meilisearch engine does the same).
    const unique = [...new Set(values)];
    if (!KNOWN_KEYS.has(key) || unique.length === 0) continue;
    filters.push({ key, condition: sql`x.f && ${unique.map((v) => `${key}:${v}`)}::text[]` });
  }
  const statuses = [...new Set(query.statuses)].filter((s) => SEARCH_STATUS_FILTERS.includes(s));
  if (statuses.length) {
    filters.push({ key: STATUS_FACET_PARAM, condition: sql`x.f && ${statuses.map((s) => `${STATUS_FACET_PARAM}:${s}`)}::text[]` });
  }
  const types = [...new Set(query.types)].filter((t) => SEARCH_DOC_TYPES.includes(t));
  if (types.length) filters.push({ key: TYPE_KEY, condition: sql`d.type = ANY(${types}::text[])` });
  return filters;
}

/** Number of failed restrictions of a row. */
export function failsSql(filters: readonly ActiveFilter[]): Sql {
  if (filters.length === 0) return trustedSql("0");
  return joinSql(
    filters.map((f) => sql`(CASE WHEN ${f.condition} THEN 0 ELSE 1 END)`),
    " + ",
  );
}

/** The first failed restriction's key (only meaningful when exactly one fails). */
export function failedKeySql(filters: readonly ActiveFilter[]): Sql {
  if (filters.length === 0) return trustedSql("NULL::text");
  return sql`(CASE ${joinSql(
    filters.map((f) => sql`WHEN NOT (${f.condition}) THEN ${f.key}::text`),
    " ",
  )} END)`;
}

/** Facet keys to count: requested, known (stored or "status"), de-duplicated. */
export function countedFacetKeys(requested: readonly string[]): string[] {
  return [...new Set(requested)].filter((key) => KNOWN_KEYS.has(key) || key === STATUS_FACET_PARAM);
}

/**
 * The derived programme status as a facet value (same rules as lib/programme/status.ts: open
 * through the whole deadline day, "offen" includes programmes without deadline).
 */
export function statusFacetSql(today: string): Sql {
  return sql`(CASE WHEN d.deadline < ${today}::date THEN 'status:geschlossen'
    WHEN d."applicationStart" > ${today}::date THEN 'status:demnaechst'
    ELSE 'status:offen' END)`;
}
