import { z } from "zod";

// Every query parameter is parsed: unknown values are dropped, numbers capped, sort is an enum.
export type RawSearchParams = Record<string, string | string[] | undefined>;

export const MAX_PAGE = 500;
export const MAX_QUERY_LENGTH = 200;

const stringList = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.string()),
);

/** All values of a repeated parameter that belong to the allowed set, in the set's order. */
export function allowedValues<T extends string>(raw: RawSearchParams, key: string, allowed: readonly T[]): T[] {
  const given = new Set(stringList.parse(raw[key]).map((v) => v.trim()));
  return allowed.filter((value) => given.has(value));
}

/** Facet parameter → the chosen values among those allowed (every parameter present, maybe empty). */
export function parseFacetSelection(raw: RawSearchParams, allowed: Record<string, readonly string[]>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(allowed).map(([param, values]) => [param, allowedValues(raw, param, values)]));
}

export function parsePage(raw: RawSearchParams): number {
  const first = stringList.parse(raw.seite)[0];
  const page = z.coerce.number().int().min(1).max(MAX_PAGE).safeParse(first);
  return page.success ? page.data : 1;
}

export function parseSort<T extends string>(raw: RawSearchParams, allowed: readonly [T, ...T[]], fallback: T): T {
  const parsed = z.enum(allowed).safeParse(stringList.parse(raw.sortierung)[0]);
  return parsed.success ? parsed.data : fallback;
}

export function parseQuery(raw: RawSearchParams): string {
  return cleanQueryText(stringList.parse(raw.q)[0] ?? "");
}

/**
 * Search text as a query may use it: control characters (U+0000 among them, which PostgreSQL
 * refuses in a query) become spaces, runs of space one, and the length is capped.
 */
export function cleanQueryText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}
