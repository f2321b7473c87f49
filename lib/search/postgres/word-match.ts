import type { Clause } from "../query/clauses";
import { foldText } from "../query/normalize";
import { joinSql, sql, trustedSql, type Sql } from "./sql";
import type { SearchLanguage } from "../types";
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

export function clauseMatches(clauses: readonly Clause[], language: SearchLanguage = "de"): ClauseMatch[] {
  const tsqueries = clauseTsquerySqls(clauses, language);
  return clauses.map((clause, i) => ({ tsquery: tsqueries[i]!, patterns: wordPatterns(clause) }));
}

function likeAny(column: Sql, patterns: readonly string[]): Sql {
  // One LIKE per pattern, OR-ed (not LIKE ANY): an index serves each on its own, not an array.
  return patterns.length ? sql`(${joinSql(patterns.map((p) => sql`${column} LIKE ${p}`), " OR ")})` : trustedSql("false");
}

/**
 * CTE `cw`: per clause k, `t<k>` its tsquery, computed once instead of per row; `w<k>` the
 * vocabulary words it matches (at a word's start or inside it), leaving out the words whose own
 * stems `t<k>` already matches: a row holding such a word holds its stems too, so the match and
 * the field points stay the same with fewer words (the Förderung synonym group: 41 → 28); and
 * `s<k>`, those of them that occur in some title, summary or keywords ("SearchWord".short): only
 * they can be in the vectors field points ask, and every word asked costs a binary search per row.
 */
export function vocabularySql(matches: readonly ClauseMatch[]): Sql {
  const tsqueries = matches.map((match, k) => sql`${match.tsquery} AS ${trustedSql(`t${k}`)}`);
  const columns = matches.map((_, k) => trustedSql(`a.t${k}, x${k}.w AS w${k}, x${k}.s AS s${k}`));
  const words = matches.map(
    // OFFSET 0 keeps the stemming (~1 µs a word) to the few words LIKE found, not the whole vocabulary.
    (match, k) => sql`CROSS JOIN LATERAL (
      SELECT coalesce(array_agg(x.word), '{}') AS w, coalesce(array_agg(x.word) FILTER (WHERE x.short), '{}') AS s FROM (
        SELECT v.word, v.short FROM "SearchWord" v WHERE ${likeAny(trustedSql("v.word"), match.patterns.map(wordLike))} OFFSET 0
      ) x WHERE NOT to_tsvector('search_de', x.word) @@ a.${trustedSql(`t${k}`)}) ${trustedSql(`x${k}`)}`,
  );
  return sql`SELECT ${joinSql(columns, ", ")} FROM (SELECT ${joinSql(tsqueries, ", ")}) a ${joinSql(words, " ")}`;
}

/**
 * CTE `tq` (read after `cw`): per clause k, `q<k>`: its tsquery OR its short vocabulary words as
 * exact lexemes. The words are lexemes as search_de_prefix writes them, and the unstemmed half of
 * "titleVector" and "rankVector" is written by the same configuration, so `vector @@ q<k>` is "a
 * title (or short text) word has the clause's stems or contains the query word": one binary search
 * per word instead of a scan of the text per pattern (a broad word scores thousands of rows).
 */
export function clauseTsquerySql(matches: readonly ClauseMatch[]): Sql {
  const columns = matches.map((_, k) =>
    // tsquery input syntax: each lexeme in quotes, backslashes escaped and quotes doubled.
    trustedSql(
      `coalesce(cw.t${k} || (SELECT string_agg('''' || replace(replace(u.word, '\\', '\\\\'), '''', '''''') || '''', ' | ')::tsquery
        FROM unnest(cw.s${k}) AS u(word)), cw.t${k}) AS q${k}`,
    ),
  );
  return sql`SELECT ${joinSql(columns, ", ")} FROM cw`;
}

/** The rows matching clause k anywhere; both conditions are GIN index scans without recheck. */
export function matchSql(match: ClauseMatch, k: number): Sql {
  return sql`d."searchVector" @@ ${match.tsquery} OR d.words && (SELECT ${trustedSql(`cw.w${k}`)} FROM cw)`;
}

/**
 * Where a matching row has clause k, from in-row vectors and CTE `tq` only (cheap per row: a
 * broad word matches most rows): 3 in the title, 2 in summary or keywords, 1 in the body alone.
 */
export function fieldPointsSql(k: number): Sql {
  return trustedSql(`(CASE WHEN d."titleVector" @@ tq.q${k} THEN 3 WHEN d."rankVector" @@ tq.q${k} THEN 2 ELSE 1 END)`);
}

/**
 * The same field points for a one-word query, whose `m` holds every row matching the word (a
 * broad one thousands): the rows with it in the title, and in the short text, come as one set
 * each from the GIN indexes on the vectors, and each row is only looked up in them (hashed), not
 * asked word by word (~2 µs a row). Not for several words: there `m` holds the rows matching all
 * of them, often far fewer than a broad word's sets.
 */
export function fieldPointsFromSetsSql(k: number): Sql {
  const inSet = (column: string) =>
    trustedSql(`d."docNo" IN (SELECT s."docNo" FROM "SearchDocument" s WHERE s."${column}" @@ (SELECT tq.q${k} FROM tq))`);
  return sql`(CASE WHEN ${inSet("titleVector")} THEN 3 WHEN ${inSet("rankVector")} THEN 2 ELSE 1 END)`;
}
