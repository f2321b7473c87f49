import type { SearchClient } from "../client";
import { STATUS_FACET_KEY } from "../documents/facet-keys";
import { SEARCH_DOC_TYPES, SEARCH_STATUS_FILTERS, type SearchDocType } from "../types";
import { VERSION_SQL } from "./index-version";
import { buildMemoryText, type MemoryText } from "./memory-text";
import { queryRows, sql } from "./sql";

// A compact in-process copy of what matching, filtering, facet counting and sorting need (type,
// facet values, dates, sort positions, lexemes with their fields; not the text itself), one per
// index version. With it a search asks the database only for its words' lexemes (once per word
// and process) and for the page's 20 rows with highlights; matching and counting a broad word's
// 50 000 matches in JavaScript takes a few milliseconds instead of hundreds in SQL.
// Orders come from PostgreSQL (positions), so JavaScript never compares strings by collation.

/** Above this many documents the index is not kept in memory (the SQL path serves everything). */
export const MAX_MEMORY_DOCUMENTS = 250_000;
/** Dates as YYYYMMDD numbers (monotonic, enough for comparisons and orders); NO_DAY for null. */
export const NO_DAY = 0;

export interface MemoryIndex {
  version: string;
  /** Document ids, in A–Z order ("titleSort", id): a document's number is its title position. */
  ids: string[];
  /** Lexeme postings for matching and relevance. */
  text: MemoryText;
  /** Index into SEARCH_DOC_TYPES. */
  type: Uint8Array;
  start: Int32Array;
  deadline: Int32Array;
  /** Document numbers by "publishedAt" DESC, "titleSort", id, and each document's position there. */
  newestOrder: Int32Array;
  newestPos: Int32Array;
  /** Facet value ids of document i: values[valueStart[i] .. valueStart[i + 1]). */
  valueStart: Int32Array;
  values: Int32Array;
  /** Value id → "key:value" and → key id; key id → key. The status values always exist. */
  valueNames: string[];
  valueKey: Int32Array;
  keyNames: string[];
  /** Value ids of "status:offen", "status:demnaechst", "status:geschlossen". */
  statusValue: Record<(typeof SEARCH_STATUS_FILTERS)[number], number>;
  /** Deadline orders per `today` (a few at most), built on first use. */
  deadlineOrders: Map<string, Int32Array>;
}

export const dayNumber = (day: string | null): number => (day ? Number(day.replaceAll("-", "")) : NO_DAY);

type Row = [
  id: string,
  type: string,
  start: string | null,
  deadline: string | null,
  newestPos: number,
  facets: string[] | null,
  lexemes: string[] | null,
  titleLexemes: string[] | null,
  summaryLexemes: string[] | null,
];

interface LoadRow {
  version: string | null;
  /** Null when there are more than MAX_MEMORY_DOCUMENTS documents. */
  docs: Row[] | null;
}

/**
 * One statement, one snapshot: the rows and the version they belong to. Null without a version
 * row; `docs: null` (too many documents to keep) is returned as an index-less marker by the caller.
 */
export async function loadMemoryIndex(client: SearchClient): Promise<{ version: string; index: MemoryIndex | null } | null> {
  const [row] = await queryRows<LoadRow>(
    client,
    sql`WITH c AS (SELECT count(*)::int AS n FROM "SearchDocument")
    SELECT ${VERSION_SQL} AS version,
      CASE WHEN c.n <= ${MAX_MEMORY_DOCUMENTS}::int THEN (
        SELECT coalesce(json_agg(json_build_array(d.id, d.type, to_char(d."applicationStart", 'YYYY-MM-DD'),
          to_char(d.deadline, 'YYYY-MM-DD'), d.newest, d.facets, tsvector_to_array(d."searchVector"),
          tsvector_to_array(ts_filter(d."rankVector", '{a}')), tsvector_to_array(ts_filter(d."rankVector", '{b}'))
        ) ORDER BY d."titleSort", d.id), '[]'::json)
        FROM (
          SELECT id, type, "applicationStart", deadline, facets, "titleSort", "searchVector", "rankVector",
            (row_number() OVER (ORDER BY "publishedAt" DESC, "titleSort", id) - 1)::int AS newest
          FROM "SearchDocument"
        ) d
      ) END AS docs
    FROM c`,
  );
  if (!row || row.version === null) return null;
  return { version: row.version, index: row.docs ? buildMemoryIndex(row.version, row.docs) : null };
}

export function buildMemoryIndex(version: string, docs: readonly Row[]): MemoryIndex {
  const n = docs.length;
  const keyIds = new Map<string, number>();
  const keyNames: string[] = [];
  const valueIds = new Map<string, number>();
  const valueNames: string[] = [];
  const valueKeyList: number[] = [];
  const valueId = (name: string): number => {
    let id = valueIds.get(name);
    if (id === undefined) {
      const key = name.slice(0, Math.max(0, name.indexOf(":")));
      let keyId = keyIds.get(key);
      if (keyId === undefined) {
        keyId = keyNames.length;
        keyIds.set(key, keyId);
        keyNames.push(key);
      }
      id = valueNames.length;
      valueIds.set(name, id);
      valueNames.push(name);
      valueKeyList.push(keyId);
    }
    return id;
  };
  const statusValue = Object.fromEntries(SEARCH_STATUS_FILTERS.map((s) => [s, valueId(`${STATUS_FACET_KEY}:${s}`)])) as MemoryIndex["statusValue"];

  const ids: string[] = new Array<string>(n);
  const type = new Uint8Array(n);
  const start = new Int32Array(n);
  const deadline = new Int32Array(n);
  const newestPos = new Int32Array(n);
  const newestOrder = new Int32Array(n);
  const valueStart = new Int32Array(n + 1);
  const valueList: number[] = [];
  docs.forEach(([id, docType, applicationStart, docDeadline, newest, facets], i) => {
    ids[i] = id;
    type[i] = Math.max(0, SEARCH_DOC_TYPES.indexOf(docType as SearchDocType));
    start[i] = dayNumber(applicationStart);
    deadline[i] = dayNumber(docDeadline);
    newestPos[i] = newest;
    newestOrder[newest] = i;
    valueStart[i] = valueList.length;
    // Values are unique per document already (write.ts); the status is derived per query.
    for (const name of new Set(facets ?? [])) valueList.push(valueId(name));
  });
  valueStart[n] = valueList.length;
  return {
    version,
    ids,
    text: buildMemoryText(docs.map(([, , , , , , all, title, summary]) => [all ?? [], title ?? [], summary ?? []])),
    type,
    start,
    deadline,
    newestOrder,
    newestPos,
    valueStart,
    values: Int32Array.from(valueList),
    valueNames,
    valueKey: Int32Array.from(valueKeyList),
    keyNames,
    statusValue,
    deadlineOrders: new Map(),
  };
}
