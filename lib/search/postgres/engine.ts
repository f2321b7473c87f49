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
import { anyTsquerySql } from "./tsquery";
import { findCorrections } from "./typo";
import { clauseMatches } from "./word-match";
import { deleteAllDocuments, deleteDocuments, writeDocuments } from "./write";

// Every search is answered in the database, by one statement (search-sql.ts): no copy of the
// index, no result cache in the process, so every instance gives the same answer at the same moment.

/** With fewer rows matching every word, unknown words are corrected and the search is tried again. */
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
 * the GIN indexes are always the better path.
 */
const SEARCH_WORK_MEM = "64MB";
/** A slow answer beats an error page; past this bound PostgreSQL cancels it, the transaction gets a second more. */
const SEARCH_STATEMENT_TIMEOUT_MS = 10_000;

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

/** Callers parse URLs with zod already; this only guards the SQL against impossible values. */
export const MAX_PAGE_SIZE = 100;
function saneQuery(query: SearchQuery): SearchQuery {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(query.today)) throw new Error(`SearchQuery.today must be YYYY-MM-DD, got ${JSON.stringify(query.today)}`);
  const whole = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Number.isFinite(n) ? Math.floor(n) : min));
  return { ...query, page: whole(query.page, 1, 10_000), pageSize: whole(query.pageSize, 1, MAX_PAGE_SIZE) };
}

/** `client`: the app's db, or a transaction (lib/search/sync.ts keeps the index in step with edits). */
export function createPostgresEngine(client: SearchClient): PostgresSearchEngine {
  async function run(query: SearchQuery, words: readonly QueryWord[]): Promise<{ result: Omit<SearchResult, "correctedText">; full: number; clauses: Clause[] }> {
    const clauses = buildClauses(words, await loadSynonymGroups(client));
    const any = anyTsquerySql(clauses);
    const text: TextQuery | null = any ? { any, clauses: clauseMatches(clauses) } : null;
    const row = await runStatement<SearchRow>(client, searchSql(query, text), text !== null);
    return { result: toResult(row, query.facets), full: Number(row.counts.full), clauses };
  }

  return {
    name: "postgres",
    index: (documents) => writeDocuments(client, documents),
    remove: (ids) => deleteDocuments(client, ids),
    clear: () => deleteAllDocuments(client),
    suggest: (prefix, limit) => suggestTitles(client, prefix, limit),

    async search(raw) {
      const query = saneQuery(raw);
      const words = parseQueryText(query.text);
      const first = await run(query, words);
      if (words.length === 0 || first.full >= TYPO_RETRY_BELOW) return { ...first.result, correctedText: null };
      // Words that matched a synonym term are real words, not typos.
      const candidates = words.map((_, i) => i).filter((i) => !first.clauses.some((c) => c.synonym && c.words.includes(words[i]!.text)));
      const corrections = await findCorrections(client, words, candidates);
      if (corrections.size === 0) return { ...first.result, correctedText: null };
      const correctedText = replaceWords(query.text, words, corrections);
      const second = await run(query, parseQueryText(correctedText));
      return second.full > first.full ? { ...second.result, correctedText } : { ...first.result, correctedText: null };
    },
  };
}
