import { db } from "@/lib/db/client";
import type { SearchClient } from "../client";
import { markedToHtml, escapeHtml } from "../highlight";
import { buildClauses, type Clause } from "../query/clauses";
import { parseQueryText, replaceWords, type QueryWord } from "../query/parse";
import { SEARCH_DOC_TYPES, type SearchDocType, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from "../types";
import { searchSql, type SearchRow, type TextQuery } from "./search-sql";
import { executeSql, queryRows, sql, type Sql } from "./sql";
import { suggestTitles } from "./suggest";
import { loadSynonymGroups } from "./synonyms";
import { anyTsquerySql, clauseTsquerySqls, tsquerySql } from "./tsquery";
import { findCorrections } from "./typo";
import { readIndexVersion } from "./index-version";
import { MemoryIndexHolder } from "./memory-holder";
import { loadMemoryIndex, type MemoryIndex } from "./memory-index";
import { evaluateInMemory, type TextMatches } from "./memory-search";
import { loadPage } from "./memory-page";
import { matchInMemory } from "./memory-text";
import { textClauses } from "./lexemes";
import { ResultCache, resultCacheKey } from "./result-cache";
import { deleteAllDocuments, deleteDocuments, writeDocuments } from "./write";

/** With fewer matches than this, unknown words are corrected and the search is tried again. */
export const TYPO_RETRY_BELOW = 3;

export interface PostgresSearchEngine extends SearchEngine {
  readonly name: "postgres";
}

function toResult(row: SearchRow, facetKeys: readonly string[]): Omit<SearchResult, "correctedText"> {
  const countsByType = Object.fromEntries(SEARCH_DOC_TYPES.map((t) => [t, row.counts.byType[t] ?? 0])) as Record<SearchDocType, number>;
  const facetCounts: Record<string, Record<string, number>> = Object.fromEntries([...new Set(facetKeys)].map((k) => [k, {}]));
  for (const [pair, n] of Object.entries(row.facets)) {
    const at = pair.indexOf(":");
    const key = pair.slice(0, at);
    if (facetCounts[key]) facetCounts[key][pair.slice(at + 1)] = n;
  }
  const hits: SearchHit[] = row.hits.map((h) => ({
    type: h.type as SearchDocType,
    slug: h.slug,
    title: h.title,
    summary: h.summary,
    applicationStart: h.applicationStart,
    deadline: h.deadline,
    highlightedTitle: h.markedTitle === null ? escapeHtml(h.title) : markedToHtml(h.markedTitle),
    highlightedSummary: h.markedSummary === null ? escapeHtml(h.summary) : markedToHtml(h.markedSummary),
  }));
  return { hits, total: Number(row.counts.total), countsByType, facetCounts };
}

/**
 * Settings for the one search statement (SET LOCAL in its own transaction): enough memory to hash
 * a broad match's facet values in memory (100 000 documents: ~200 000 values) and, for text
 * searches, no sequential scan: the planner underrates reading every row's tsvector from TOAST,
 * the GIN index is always the better path.
 */
const SEARCH_WORK_MEM = "64MB";
/**
 * The single statement is the fallback while the in-memory index loads; at 100 000 documents on a
 * busy machine it has taken over 5 s, Prisma's default for a transaction. A slow answer beats an
 * error page; past this bound PostgreSQL cancels it, and the transaction gets a second more.
 */
const SEARCH_STATEMENT_TIMEOUT_MS = 20_000;

/** The first row of `statement`, run with the search settings when `client` is the app's db. */
async function runStatement<T>(client: SearchClient, statement: Sql, hasText: boolean): Promise<T> {
  // A transaction client also has a $transaction method, but it would run outside the transaction.
  if (client === db) {
    const [, rows] = await db.$transaction(
      [
        executeSql(
          client,
          sql`SELECT set_config('work_mem', ${SEARCH_WORK_MEM}, true), set_config('enable_seqscan', ${hasText ? "off" : "on"}, true),
            set_config('statement_timeout', ${String(SEARCH_STATEMENT_TIMEOUT_MS)}, true)`,
        ),
        queryRows<T>(client, statement),
      ],
      { timeout: SEARCH_STATEMENT_TIMEOUT_MS + 1000 },
    );
    return rows[0]!;
  }
  // Already inside a transaction (lib/search/sync.ts, tests): run as is; the plan may differ, the result does not.
  const [row] = await queryRows<T>(client, statement);
  return row!;
}

/**
 * Through the MemoryIndex: matching, counting and ordering happen here, the database gives the
 * words' lexemes (cached) and the page. Null if the index version moved meanwhile or a word
 * cannot be matched in memory (the caller then uses SQL alone).
 */
async function searchInMemory(
  client: SearchClient,
  index: MemoryIndex,
  query: SearchQuery,
  clauses: readonly Clause[],
  text: TextQuery | null,
  confirmVersion: boolean,
): Promise<SearchRow | null> {
  let matches: TextMatches | null = null;
  if (text) {
    const lexemes = await textClauses(client, clauses);
    if (!lexemes) return null;
    const found = matchInMemory(index.text, lexemes);
    matches = { docs: found.docs, ranks: query.sort === "relevance" ? found.ranks : null };
  }
  const evaluation = evaluateInMemory(index, query, matches);
  // An empty page has nothing to load (a typo's first try, a page past the end) unless the page
  // statement must confirm the index's version; otherwise that version is the one read before
  // the search, so the answer is as fresh as a loaded page.
  const ids = evaluation.page.map((i) => index.ids[i]!);
  const hits = ids.length || confirmVersion ? await loadPage(client, index, ids, text?.any ?? null) : [];
  if (!hits) return null;
  return { counts: { total: evaluation.total, byType: evaluation.byType }, facets: evaluation.facets, hits };
}

/** Callers parse URLs with zod already; this only guards the SQL against impossible values. */
export const MAX_PAGE_SIZE = 100;
function saneQuery(query: SearchQuery): SearchQuery {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(query.today)) throw new Error(`SearchQuery.today must be YYYY-MM-DD, got ${JSON.stringify(query.today)}`);
  const whole = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Number.isFinite(n) ? Math.floor(n) : min));
  return { ...query, page: whole(query.page, 1, 10_000), pageSize: whole(query.pageSize, 1, MAX_PAGE_SIZE) };
}

export interface PostgresEngineOptions {
  /** Reuse results per (query, index version); only with the app's db, never inside a transaction. Default true. */
  resultCache?: boolean;
  /**
   * "auto" (default): with the app's db, count and sort in the process-wide MemoryIndex once it is
   * loaded for the current version. "off": one SQL statement per search. "always": load a
   * MemoryIndex from `client` for every search (tests inside a transaction).
   */
  memoryIndex?: "auto" | "off" | "always";
}

// Process-wide, for the app's db only: a transaction sees data nobody else does. On globalThis, so
// every bundle of the app (and a dev server's reloaded modules) shares one cache and one index.
function createSharedState() {
  return {
    results: new ResultCache(),
    memory: new MemoryIndexHolder(() => loadMemoryIndex(db)),
    /** Searches (typo retries included) by how they were answered. */
    stats: { cached: 0, memory: 0, sql: 0 },
  };
}
const globalForSearch = globalThis as unknown as { postgresSearchState?: ReturnType<typeof createSharedState> };
const shared = (globalForSearch.postgresSearchState ??= createSharedState());

/** The process-wide result cache and MemoryIndex (benchmarks and tests wait for or clear them). */
export const sharedSearchState = shared;

/** `client`: the app's db, or a transaction (lib/search/sync.ts keeps the index in step with edits). */
export function createPostgresEngine(client: SearchClient, options: PostgresEngineOptions = {}): PostgresSearchEngine {
  const isShared = client === db;
  const useCache = isShared && options.resultCache !== false;
  const memoryMode = options.memoryIndex ?? "auto";

  /** `optimistic`: the index's version is not confirmed yet; null when the page statement saw another. */
  async function run(query: SearchQuery, words: readonly QueryWord[], index: MemoryIndex | null, version: string | null, optimistic: boolean) {
    const clauses = buildClauses(words, await loadSynonymGroups(client, Date.now(), version));
    const match = tsquerySql(clauses);
    const any = anyTsquerySql(clauses);
    const text = match && any ? { match, any, clauses: clauseTsquerySqls(clauses) } : null;
    let row = index ? await searchInMemory(client, index, query, clauses, text, optimistic) : null;
    if (row) shared.stats.memory += 1;
    else if (optimistic) return null;
    else {
      row = await runStatement<SearchRow>(client, searchSql(query, text), text !== null);
      shared.stats.sql += 1;
    }
    return { result: toResult(row, query.facets), clauses };
  }

  async function searchOnce(query: SearchQuery, index: MemoryIndex | null, version: string | null, optimistic = false): Promise<SearchResult | null> {
    const words = parseQueryText(query.text);
    const first = await run(query, words, index, version, optimistic);
    if (!first) return null;
    if (words.length === 0 || first.result.total >= TYPO_RETRY_BELOW) return { ...first.result, correctedText: null };
    // Words that matched a synonym term are real words, not typos.
    const candidates = words.map((_, i) => i).filter((i) => !first.clauses.some((c) => c.synonym && c.words.includes(words[i]!.text)));
    const corrections = await findCorrections(client, words, candidates);
    if (corrections.size === 0) return { ...first.result, correctedText: null };
    const correctedText = replaceWords(query.text, words, corrections);
    const corrected = parseQueryText(correctedText);
    const second = await run(query, corrected, index, version, optimistic);
    if (!second) return null;
    return second.result.total > first.result.total ? { ...second.result, correctedText } : { ...first.result, correctedText: null };
  }

  return {
    name: "postgres",
    index: (documents) => writeDocuments(client, documents),
    remove: (ids) => deleteDocuments(client, ids),
    clear: () => deleteAllDocuments(client),
    suggest: (prefix, limit) => suggestTitles(client, prefix, limit),

    async search(raw) {
      const query = saneQuery(raw);
      const key = useCache ? resultCacheKey(query) : null;
      // A new query over the loaded index needs no version read first: the page statement reports
      // the version it saw, and only an answer from that very version is kept (one round trip
      // instead of two). A cached answer, though, is served only after a version read confirms it.
      const latest = isShared && memoryMode === "auto" ? shared.memory.latest() : null;
      if (latest && (key === null || !shared.results.has(latest.version, key))) {
        const result = await searchOnce(query, latest, latest.version, true);
        if (result) {
          if (key !== null) shared.results.set(latest.version, key, result);
          return result;
        }
      }
      // Read before the search: its statements see this version or a newer one, never an older.
      const version = isShared && (useCache || memoryMode === "auto") ? await readIndexVersion(client) : null;
      const cached = key !== null && version !== null ? shared.results.get(version, key) : undefined;
      if (cached) {
        shared.stats.cached += 1;
        return cached;
      }
      let index: MemoryIndex | null = null;
      if (memoryMode === "always") index = (await loadMemoryIndex(client))?.index ?? null;
      else if (memoryMode === "auto" && version !== null) index = shared.memory.get(version);
      const result = (await searchOnce(query, index, version))!;
      if (key !== null && version !== null) shared.results.set(version, key, result);
      return result;
    },
  };
}
