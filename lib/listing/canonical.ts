import { MAX_PAGE, cleanQueryText, type RawSearchParams } from "./params";

// List pages are cached per canonical query: the proxy rewrites /foerderprogramme?… to
// /foerderprogramme/ansicht/<key>, where <key> encodes the sorted, de-duplicated parameters.
// The proxy canonicalizes syntactically (it knows no data); the cached page re-checks the values
// against what exists and redirects anything else to its clean URL, so only valid filter
// combinations are ever rendered into the cache.

export interface ListSchema {
  /** Facet parameter → the values a visitor can choose. */
  facets: Record<string, readonly string[]>;
  sorts: readonly string[];
  defaultSort: string;
}

export type ParamPairs = [string, string][];

const MAX_VALUES_PER_KEY = 30;
const EMPTY_KEY = "alle";

const asList = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function sortedPairs(entries: [string, string[]][]): ParamPairs {
  return entries
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .flatMap(([key, values]) => [...new Set(values)].sort().slice(0, MAX_VALUES_PER_KEY).map((v) => [key, v] as [string, string]));
}

/** What the proxy can know: every parameter but q, sorted, without empty values and defaults. */
export function syntacticParams(raw: RawSearchParams, defaultSort: string): ParamPairs {
  return sortedPairs(
    Object.entries(raw)
      .filter(([key]) => key !== "q")
      .map(([key, value]) => [
        key,
        asList(value)
          .map((v) => v.trim())
          .filter((v) => v !== "" && !(key === "seite" && v === "1") && !(key === "sortierung" && v === defaultSort)),
      ]),
  );
}

/** Only the parameters and values the list understands (what the page will actually show). */
export function acceptedParams(raw: RawSearchParams, schema: ListSchema): ParamPairs {
  const entries: [string, string[]][] = Object.entries(schema.facets).map(([key, allowed]) => [
    key,
    asList(raw[key]).map((v) => v.trim()).filter((v) => allowed.includes(v)),
  ]);
  const sort = asList(raw.sortierung)[0];
  if (sort && sort !== schema.defaultSort && schema.sorts.includes(sort)) entries.push(["sortierung", [sort]]);
  const page = asList(raw.seite)[0];
  if (page && /^\d{1,3}$/.test(page) && Number(page) > 1 && Number(page) <= MAX_PAGE) entries.push(["seite", [String(Number(page))]]);
  return sortedPairs(entries);
}

/**
 * Canonical pairs plus the list's text search (q) as the list reads it (cleanQueryText), in key
 * order. The proxy and the cached page both build a text search's key this way, so they agree.
 */
export function withSearchText(pairs: ParamPairs, raw: RawSearchParams): ParamPairs {
  const q = cleanQueryText(asList(raw.q)[0] ?? "");
  if (!q) return pairs;
  // Array sort is stable: the other keys keep their value order.
  return [...pairs, ["q", q] as [string, string]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export function encodeListKey(pairs: ParamPairs): string {
  return pairs.length ? Buffer.from(new URLSearchParams(pairs).toString()).toString("base64url") : EMPTY_KEY;
}

export function decodeListKey(key: string): RawSearchParams | null {
  if (key === EMPTY_KEY) return {};
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(key)) return null;
  const raw: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(Buffer.from(key, "base64url").toString())) (raw[k] ??= []).push(v);
  return raw;
}

export function pairsToQuery(pairs: ParamPairs): string {
  const query = new URLSearchParams(pairs).toString();
  return query ? `?${query}` : "";
}
