import { db } from "@/lib/db/client";
import type { SearchClient } from "../client";
import { markedToHtml, escapeHtml } from "../highlight";
import { buildClauses } from "../query/clauses";
import { parseQueryText, replaceWords, type QueryWord } from "../query/parse";
import { SEARCH_DOC_TYPES, type SearchDocType, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from "../types";
import { searchSql, type SearchRow } from "./search-sql";
import { executeSql, queryRows, sql, type Sql } from "./sql";
import { suggestTitles } from "./suggest";
import { loadSynonymGroups } from "./synonyms";
import { anyTsquerySql, tsquerySql } from "./tsquery";
import { findCorrections } from "./typo";
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

async function runStatement(client: SearchClient, statement: Sql, hasText: boolean): Promise<SearchRow> {
  // A transaction client also has a $transaction method, but it would run outside the transaction.
  if (client === db) {
    const [, rows] = await db.$transaction([
      executeSql(client, sql`SELECT set_config('work_mem', ${SEARCH_WORK_MEM}, true), set_config('enable_seqscan', ${hasText ? "off" : "on"}, true)`),
      queryRows<SearchRow>(client, statement),
    ]);
    return rows[0]!;
  }
  // Already inside a transaction (lib/search/sync.ts, tests): run as is; the plan may differ, the result does not.
  const [row] = await queryRows<SearchRow>(client, statement);
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
  async function run(query: SearchQuery, words: readonly QueryWord[]) {
    const clauses = buildClauses(words, await loadSynonymGroups(client));
    const match = tsquerySql(clauses);
    const any = anyTsquerySql(clauses);
    const text = match && any ? { match, any } : null;
    const row = await runStatement(client, searchSql(query, text), text !== null);
    return { result: toResult(row, query.facets), clauses };
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
      if (words.length === 0 || first.result.total >= TYPO_RETRY_BELOW) return { ...first.result, correctedText: null };
      // Words that matched a synonym term are real words, not typos.
      const candidates = words.map((_, i) => i).filter((i) => !first.clauses.some((c) => c.synonym && c.words.includes(words[i]!.text)));
      const corrections = await findCorrections(client, words, candidates);
      if (corrections.size === 0) return { ...first.result, correctedText: null };
      const correctedText = replaceWords(query.text, words, corrections);
      const corrected = parseQueryText(correctedText);
      const second = await run(query, corrected);
      return second.result.total > first.result.total ? { ...second.result, correctedText } : { ...first.result, correctedText: null };
    },
  };
}
