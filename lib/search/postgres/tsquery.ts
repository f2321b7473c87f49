import type { Alternative, Clause } from "../query/clauses";
import { sql, joinSql, type Sql } from "./sql";

// Clauses → one tsquery expression: AND of clauses, OR of each clause's alternatives. Words are
// always bound parameters; the configurations are the migration's (search_de: stop words,
// unaccent, German stems; search_de_prefix: the same without stemming).

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

function alternativeSql(alternative: Alternative): Sql {
  const stemmed = sql`plainto_tsquery('search_de', ${alternative.text})`;
  // to_tsquery parses operators, so only a plain word (letters and digits) becomes a prefix term.
  if (!alternative.prefix || !PLAIN_WORD.test(alternative.text)) return stemmed;
  return sql`(${stemmed} || to_tsquery('search_de_prefix', ${`'${alternative.text}':*`}))`;
}

/** Null when there is nothing to match (no words): the search then browses by filters alone. */
export function tsquerySql(clauses: readonly Clause[]): Sql | null {
  if (clauses.length === 0) return null;
  const parts = clauses.map((clause) => sql`(${joinSql(clause.alternatives.map(alternativeSql), " || ")})`);
  return sql`(${joinSql(parts, " && ")})`;
}

/**
 * Every alternative OR-ed: for ranking only. ts_rank_cd scores an AND query 0 unless a document's
 * ranked fields (title, summary) contain all clauses; with OR each matching word counts.
 */
export function anyTsquerySql(clauses: readonly Clause[]): Sql | null {
  const alternatives = clauses.flatMap((clause) => clause.alternatives.map(alternativeSql));
  return alternatives.length ? sql`(${joinSql(alternatives, " || ")})` : null;
}
