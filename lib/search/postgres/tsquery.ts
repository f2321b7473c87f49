import type { Alternative, Clause } from "../query/clauses";
import type { SearchLanguage } from "../types";
import { sql, joinSql, type Sql } from "./sql";

// Clauses → tsquery expressions: per clause its alternatives OR-ed (word-match.ts matches the
// clauses one by one), and every alternative OR-ed for highlighting. Words are always bound
// parameters; the configurations are the migration's (search_de: stop words, unaccent, German
// stems; search_de_prefix: the same without stemming). A French or English search also asks the
// words' stems in its own language (search_fr, search_en), which match the translated texts.

const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

/** The to_tsquery text of an alternative's prefix term, or null when it has none. */
export function prefixPattern(alternative: Alternative): string | null {
  // to_tsquery parses operators, so only a plain word (letters and digits) becomes a prefix term.
  return alternative.prefix && PLAIN_WORD.test(alternative.text) ? `'${alternative.text}':*` : null;
}

const TRANSLATED_CONFIG = { fr: "search_fr", en: "search_en" } as const;

function alternativeSql(alternative: Alternative, language: SearchLanguage): Sql {
  const german = sql`plainto_tsquery('search_de', ${alternative.text})`;
  const stemmed = language === "de" ? german : sql`(${german} || plainto_tsquery(${TRANSLATED_CONFIG[language]}::regconfig, ${alternative.text}))`;
  const pattern = prefixPattern(alternative);
  return pattern === null ? stemmed : sql`(${stemmed} || to_tsquery('search_de_prefix', ${pattern}))`;
}

/** One tsquery per clause: its alternatives OR-ed. */
export function clauseTsquerySqls(clauses: readonly Clause[], language: SearchLanguage = "de"): Sql[] {
  return clauses.map((clause) => sql`(${joinSql(clause.alternatives.map((a) => alternativeSql(a, language)), " || ")})`);
}

/** Every alternative OR-ed: for highlighting (ts_headline); null when there are no words. */
export function anyTsquerySql(clauses: readonly Clause[], language: SearchLanguage = "de"): Sql | null {
  const alternatives = clauses.flatMap((clause) => clause.alternatives.map((a) => alternativeSql(a, language)));
  return alternatives.length ? sql`(${joinSql(alternatives, " || ")})` : null;
}
