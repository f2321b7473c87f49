import type { Clause } from "../query/clauses";
import { foldText } from "../query/normalize";
import { joinSql, sql, trustedSql, type Sql } from "./sql";
import { clauseTsquerySqls } from "./tsquery";

// How one clause of a query matches a row of "SearchDocument" d, in every position of the query:
// its stemmed words (the tsquery, German stems, synonyms) or a single-word alternative as a word's
// start or, from MIN_INFIX_LENGTH letters on, anywhere inside a word, so "Cloud Sicherheit" finds
// "Cloudlösungen … IT-Sicherheitskonzept" and "Energie Beratung" finds "Energieberatung". The
// words containing it come from the vocabulary "SearchWord" (trigram index), the documents having
// one of them from "words" (GIN, no recheck): no document text is read to match.

/** Shorter words match only at a word's start: "wein" must not find "allgemein", nor "rente" "parenteral". */
export const MIN_INFIX_LENGTH = 5;
/** Shorter words ("KI", "IT") match only as whole words, through the tsquery. */
export const MIN_WORD_START_LENGTH = 3;
/** Letters and digits, hyphenated parts allowed: nothing LIKE would read as a wildcard. */
const PATTERN_WORD = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

export interface WordPattern {
  /** Folded like search_normalize: lowercase, unaccented, ß → ss. */
  word: string;
  /** Anywhere inside a word (long enough), or only at a word's start. */
  infix: boolean;
}

/** The single words of a clause's alternatives worth matching inside or at the start of words. */
export function wordPatterns(clause: Clause): WordPattern[] {
  const patterns = new Map<string, WordPattern>();
  for (const alternative of clause.alternatives) {
    const word = foldText(alternative.text.trim());
    if (!PATTERN_WORD.test(word) || word.length < MIN_WORD_START_LENGTH) continue;
    patterns.set(word, { word, infix: word.length >= MIN_INFIX_LENGTH });
  }
  return [...patterns.values()];
}

/** LIKE pattern against one word ("sicherheit" → "%sicherheit%", "web" → "web%"). */
export const wordLike = (p: WordPattern) => (p.infix ? `%${p.word}%` : `${p.word}%`);
/** LIKE pattern against space-separated words (" … web… "): "% web%". */
export const listLike = (p: WordPattern) => (p.infix ? `%${p.word}%` : `% ${p.word}%`);

export interface ClauseMatch {
  tsquery: Sql;
  patterns: WordPattern[];
}

export function clauseMatches(clauses: readonly Clause[]): ClauseMatch[] {
  const tsqueries = clauseTsquerySqls(clauses);
  return clauses.map((clause, i) => ({ tsquery: tsqueries[i]!, patterns: wordPatterns(clause) }));
}

function likeAny(column: Sql, patterns: readonly string[]): Sql {
  // One LIKE per pattern, OR-ed (not LIKE ANY): an index serves each on its own, not an array.
  return patterns.length ? sql`(${joinSql(patterns.map((p) => sql`${column} LIKE ${p}`), " OR ")})` : trustedSql("false");
}

/** Per clause k, column `w<k>` of CTE `cw`: the vocabulary words it matches. */
export function vocabularySql(matches: readonly ClauseMatch[]): Sql {
  const columns = matches.map(
    (match, k) => sql`ARRAY(SELECT v.word FROM "SearchWord" v WHERE ${likeAny(trustedSql("v.word"), match.patterns.map(wordLike))}) AS ${trustedSql(`w${k}`)}`,
  );
  return joinSql(columns, ", ");
}

/** The rows matching clause k anywhere; both conditions are GIN index scans without recheck. */
export function matchSql(match: ClauseMatch, k: number): Sql {
  return sql`d."searchVector" @@ ${match.tsquery} OR d.words && (SELECT ${trustedSql(`cw.w${k}`)} FROM cw)`;
}

/**
 * Where a matching row has the clause, from in-row columns only (cheap per row: a broad word
 * matches most rows): 3 in the title, 2 in summary or keywords, 1 in the body alone.
 */
export function fieldPointsSql(match: ClauseMatch): Sql {
  const list = match.patterns.map(listLike);
  return sql`(CASE WHEN d."titleVector" @@ ${match.tsquery} OR ${likeAny(trustedSql(`(' ' || d."titleSort")`), list)} THEN 3
    WHEN d."rankVector" @@ ${match.tsquery} OR ${likeAny(trustedSql(`d."shortWords"`), list)} THEN 2 ELSE 1 END)`;
}

