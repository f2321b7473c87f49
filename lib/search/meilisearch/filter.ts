import type { SearchDocType, SearchQuery, SearchStatusFilter } from "@/lib/search/types";

// Meilisearch filter expressions are strings, so every value must be quoted and escaped, and every
// attribute name must come from this module, never from the request.

export const TYPE_ATTRIBUTE = "type";
/** Days since 1970-01-01 of the Berlin calendar day; absent when the programme has no such date. */
export const START_DAY_ATTRIBUTE = "applicationStartDay";
export const DEADLINE_DAY_ATTRIBUTE = "deadlineDay";

const FACET_KEY = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** The document attribute holding a facet's value slugs. Throws on keys unfit for an attribute name. */
export function facetAttribute(key: string): string {
  if (!FACET_KEY.test(key)) throw new Error(`Unfit facet key for a Meilisearch attribute: ${JSON.stringify(key)}`);
  return `f_${key}`;
}

/**
 * A double-quoted filter value. Meilisearch's parser lets `\` escape the next character inside
 * quotes, turns `\"` into `"` and then unescapes `\\` to `\`; escaping both is enough for any
 * string (newlines and other characters are literal inside quotes) to stay one value.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
}

/** YYYY-MM-DD → whole days since 1970-01-01 (calendar arithmetic; no time zone involved). */
export function dayNumber(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`Not a calendar day: ${JSON.stringify(day)}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

function inList(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quoteFilterValue).join(", ")}]`;
}

const START = START_DAY_ATTRIBUTE;
const DEADLINE = DEADLINE_DAY_ATTRIBUTE;
const PROGRAMME = `${TYPE_ATTRIBUTE} = ${quoteFilterValue("programme")}`;

/**
 * The derived statuses as numeric conditions relative to `today` (same rules as
 * lib/programme/status.ts: closed once the deadline day has passed, upcoming before the start day,
 * otherwise open, with or without deadline). Only programmes have a status.
 */
export function statusCondition(status: SearchStatusFilter, today: number): string {
  const notClosed = `(${DEADLINE} >= ${today} OR ${DEADLINE} NOT EXISTS)`;
  switch (status) {
    case "geschlossen":
      return `${PROGRAMME} AND ${DEADLINE} < ${today}`;
    case "demnaechst":
      return `${PROGRAMME} AND ${START} > ${today} AND ${notClosed}`;
    case "offen":
      return `${PROGRAMME} AND ${notClosed} AND (${START} <= ${today} OR ${START} NOT EXISTS)`;
  }
}

/** Segments of the deadline order, in order (programme list "frist"); each with its sort. */
export function deadlineSegments(today: number): { filter: string; sort: string[] }[] {
  const started = `(${START} <= ${today} OR ${START} NOT EXISTS)`;
  return [
    { filter: `${PROGRAMME} AND ${DEADLINE} >= ${today} AND ${started}`, sort: [`${DEADLINE}:asc`] },
    { filter: `${PROGRAMME} AND ${DEADLINE} NOT EXISTS AND ${started}`, sort: [] },
    { filter: statusCondition("demnaechst", today), sort: [`${START}:asc`] },
    { filter: statusCondition("geschlossen", today), sort: [`${DEADLINE}:desc`] },
    { filter: `${TYPE_ATTRIBUTE} != ${quoteFilterValue("programme")}`, sort: [] },
  ];
}

/** One self-contained expression per restriction; Meilisearch ANDs the elements of a filter array. */
export interface FilterClauses {
  type: string | null;
  status: string | null;
  /** Facet key → its clause (values OR-ed). */
  facets: Record<string, string>;
}

export function buildFilterClauses(
  query: Pick<SearchQuery, "types" | "filters" | "statuses" | "today">,
  allowedFacetKeys: ReadonlySet<string>,
): FilterClauses {
  const types: SearchDocType[] = [...new Set(query.types)];
  const statuses = [...new Set(query.statuses)];
  const today = dayNumber(query.today);
  const facets: Record<string, string> = {};
  for (const [key, values] of Object.entries(query.filters)) {
    // Unknown keys are ignored (like unknown URL parameters), never turned into attribute names.
    if (!allowedFacetKeys.has(key) || values.length === 0) continue;
    facets[key] = inList(facetAttribute(key), [...new Set(values)]);
  }
  return {
    type: types.length ? inList(TYPE_ATTRIBUTE, types) : null,
    status: statuses.length ? statuses.map((s) => `(${statusCondition(s, today)})`).join(" OR ") : null,
    facets,
  };
}

export interface ClauseSelection {
  withoutType?: boolean;
  withoutStatus?: boolean;
  withoutFacet?: string;
  extra?: string;
}

/** The clauses as a Meilisearch filter array, leaving one restriction out for disjunctive counts. */
export function filterArray(clauses: FilterClauses, selection: ClauseSelection = {}): string[] {
  const parts: string[] = [];
  if (clauses.type && !selection.withoutType) parts.push(clauses.type);
  if (clauses.status && !selection.withoutStatus) parts.push(clauses.status);
  for (const [key, clause] of Object.entries(clauses.facets)) {
    if (key !== selection.withoutFacet) parts.push(clause);
  }
  if (selection.extra) parts.push(selection.extra);
  return parts;
}

/** The same filter as one string, e.g. for logs: each element parenthesised, joined by AND. */
export function filterString(parts: readonly string[]): string {
  return parts.map((part) => `(${part})`).join(" AND ");
}
