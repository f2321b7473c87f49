import { db } from "@/lib/db/client";
import { withSqlSession } from "@/lib/db/sql-session";
import type { SearchClient } from "../client";
import { markedToHtml, escapeHtml } from "../highlight";
import { buildClauses } from "../query/clauses";
import { parseQueryText, replaceWords, type QueryWord } from "../query/parse";
import { SEARCH_DOC_TYPES, type SearchDocType, type SearchEngine, type SearchHit, type SearchQuery, type SearchResult } from "../types";
import { fullCountSql, searchSql, type SearchRow, type TextQuery } from "./search-sql";
import { prismaRunner, sessionRunner, type SqlRunner } from "./sql";
import { suggestTitles } from "./suggest";
import { loadSynonymGroups, SYNONYM_GROUPS_SQL, toSynonymGroups } from "./synonyms";
import type { SynonymGroups } from "../query/clauses";
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
    ...(h.titleTranslated === false ? { titleLang: "de" as const } : {}),
    ...(h.summaryTranslated === false ? { summaryLang: "de" as const } : {}),
  }));
  return { hits, total: Number(row.counts.total), countsByType, facetCounts };
}

/**
 * Settings for the search statements (SET LOCAL in their read-only transaction): enough memory to
 * hash a broad match's facet values in memory (100 000 documents: ~200 000 values) and, for text
 * searches, no sequential scan: the planner underrates reading every row's tsvector from TOAST,
 * the GIN indexes are always the better path. A slow answer beats an error page; past the
 * statement timeout PostgreSQL cancels it.
 */
function sessionSetupSql(hasText: boolean): string {
  return `SET LOCAL work_mem = '64MB'; SET LOCAL enable_seqscan = ${hasText ? "off" : "on"}; SET LOCAL statement_timeout = 10000; ${SYNONYM_GROUPS_SQL}`;
}

/** Callers parse URLs with zod already; this only guards the SQL against impossible values. */
export const MAX_PAGE_SIZE = 100;
function saneQuery(query: SearchQuery): SearchQuery {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(query.today)) throw new Error(`SearchQuery.today must be YYYY-MM-DD, got ${JSON.stringify(query.today)}`);
  const whole = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Number.isFinite(n) ? Math.floor(n) : min));
  // The language names SQL configurations (search-sql.ts): anything but the three is German.
  const language = query.language === "fr" || query.language === "en" ? query.language : "de";
  return { ...query, language, page: whole(query.page, 1, 10_000), pageSize: whole(query.pageSize, 1, MAX_PAGE_SIZE) };
}

async function runSearch(runner: SqlRunner, groups: SynonymGroups, query: SearchQuery, words: readonly QueryWord[]): Promise<SearchResult> {
  const textQuery = (words: readonly QueryWord[]) => {
    const clauses = buildClauses(words, groups);
    const language = query.language ?? "de";
    const any = anyTsquerySql(clauses, language);
    return { clauses, text: any ? ({ any, clauses: clauseMatches(clauses, language) } satisfies TextQuery) : null };
  };
  async function run(words: readonly QueryWord[]) {
    const [row] = await runner.rows<SearchRow>(searchSql(query, textQuery(words).text));
    return { result: toResult(row!, query.facets), full: Number(row!.counts.full) };
  }
  const noCorrection = async () => ({ ...(await run(words)).result, correctedText: null });

  if (words.length === 0) return noCorrection();
  // Corrections first: a word that is no known term (most queries have none) is a typo candidate;
  // words that matched a synonym term are real words. Only then is it worth knowing how many rows
  // match every word as typed (a count, not a search), so a typo costs one full search, not two.
  const { clauses, text } = textQuery(words);
  const candidates = words.map((_, i) => i).filter((i) => !clauses.some((c) => c.synonym && c.words.includes(words[i]!.text)));
  const corrections = await findCorrections(runner, words, candidates, groups.flat());
  if (corrections.size === 0 || !text) return noCorrection();
  const [{ full }] = (await runner.rows<{ full: number }>(fullCountSql(query, text))) as [{ full: number }];
  if (full >= TYPO_RETRY_BELOW) return noCorrection();
  const correctedText = replaceWords(query.text, words, corrections);
  const corrected = await run(parseQueryText(correctedText));
  return corrected.full > full ? { ...corrected.result, correctedText } : noCorrection();
}

/** `client`: the app's db, or a transaction (lib/search/sync.ts keeps the index in step with edits). */
export function createPostgresEngine(client: SearchClient): PostgresSearchEngine {
  return {
    name: "postgres",
    index: (documents) => writeDocuments(client, documents),
    remove: (ids) => deleteDocuments(client, ids),
    clear: () => deleteAllDocuments(client),
    suggest: (prefix, limit) => suggestTitles(client, prefix, limit),

    async search(raw) {
      const query = saneQuery(raw);
      const words = parseQueryText(query.text);
      // Inside a caller's transaction (sync, tests) the statements run there, as they are: the plan may differ, the result does not.
      if (client !== db) return runSearch(prismaRunner(client), await loadSynonymGroups(client), query, words);
      return withSqlSession(sessionSetupSql(words.length > 0), (rows, session) =>
        runSearch(sessionRunner(session), toSynonymGroups(rows as { terms: string[] }[]), query, words),
      );
    },
  };
}
