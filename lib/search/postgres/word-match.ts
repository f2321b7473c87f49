import type { Clause } from "../query/clauses";
import { foldText } from "../query/normalize";
import { joinSql, sql, trustedSql, type Sql } from "./sql";
import { clauseTsquerySqls } from "./tsquery";

// How one clause of a query matches a row of "SearchDocument" d, in every position of the query:
// its stemmed words (the tsquery, German stems, synonyms) or a single-word alternative as a
// word start or, from MIN_INFIX_LENGTH letters on, anywhere inside a word, so "Cloud Sicherheit"
// finds "Cloudlösungen … IT-Sicherheitskonzept" and "Energie Beratung" finds "Energieberatung".
// The word lists ("allWords", "shortWords") are written by the table's trigger: unaccented,
// lowercase, space-separated with a space at either end (migration search_sql_only).

/** Shorter words match only at a word's start: "wein" must not find "allgemein", nor "rente" "parenteral". */
export const MIN_INFIX_LENGTH = 5;
/** Shorter words ("KI", "IT") match only as whole words, through the tsquery. */
export const MIN_WORD_START_LENGTH = 3;
/** Letters and digits, hyphenated parts allowed: nothing LIKE would read as a wildcard. */
const PATTERN_WORD = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/** The LIKE patterns of a clause against a word list: "%sicherheit%", "% web%". */
export function likePatterns(clause: Clause): string[] {
  const patterns = new Set<string>();
  for (const alternative of clause.alternatives) {
    const word = foldText(alternative.text.trim());
    if (!PATTERN_WORD.test(word) || word.length < MIN_WORD_START_LENGTH) continue;
    patterns.add(word.length >= MIN_INFIX_LENGTH ? `%${word}%` : `% ${word}%`);
  }
  return [...patterns];
}

export interface ClauseMatch {
  tsquery: Sql;
  patterns: string[];
}

export function clauseMatches(clauses: readonly Clause[]): ClauseMatch[] {
  const tsqueries = clauseTsquerySqls(clauses);
  return clauses.map((clause, i) => ({ tsquery: tsqueries[i]!, patterns: likePatterns(clause) }));
}

function likeAny(column: Sql, patterns: readonly string[]): Sql[] {
  // One LIKE per pattern, OR-ed (not LIKE ANY): a GIN index serves each on its own, not an array.
  return patterns.map((p) => sql`${column} LIKE ${p}`);
}

/** The rows matching the clause anywhere (index conditions only: both sides are GIN-indexed). */
export function matchSql(match: ClauseMatch): Sql {
  return joinSql([sql`d."searchVector" @@ ${match.tsquery}`, ...likeAny(trustedSql(`d."allWords"`), match.patterns)], " OR ");
}

/**
 * Where a matching row has the clause, from in-row columns only: 3 in the title, 2 in summary or
 * keywords, 1 in the body alone.
 */
export function fieldPointsSql(match: ClauseMatch): Sql {
  const inTitle = joinSql(
    [sql`ts_filter(d."rankVector", '{a}') @@ ${match.tsquery}`, ...likeAny(trustedSql(`(' ' || d."titleSort" || ' ')`), match.patterns)],
    " OR ",
  );
  const inShort = joinSql([sql`d."rankVector" @@ ${match.tsquery}`, ...likeAny(trustedSql(`d."shortWords"`), match.patterns)], " OR ");
  return sql`(CASE WHEN ${inTitle} THEN 3 WHEN ${inShort} THEN 2 ELSE 1 END)`;
}
