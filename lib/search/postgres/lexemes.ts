import type { SearchClient } from "../client";
import type { Alternative, Clause } from "../query/clauses";
import type { Conjunction, LexemeTerm, TextClauses } from "./memory-text";
import { queryRows, sql } from "./sql";
import { prefixPattern } from "./tsquery";

// A query's clauses as lexemes, for matching in memory. PostgreSQL computes them with the very
// expressions the SQL search uses (tsquery.ts), so stop words, unaccent and stems agree; each
// alternative is asked once per process (a configuration only changes with a migration, i.e.
// a deployment, which restarts the process).

/** Alternatives kept per process; the cache starts over when it is full. */
const MAX_CACHED = 10_000;
/** Per alternative: its non-empty conjunctions (plain words, prefix); null if not expressible here. */
const cache = new Map<string, Conjunction[] | null>();

const keyOf = (alternative: Alternative) => `${prefixPattern(alternative) ?? ""}\u0000${alternative.text}`;

/**
 * `'a' & 'b':*` → its terms; [] for an empty query (only stop words); null for anything else
 * (`|`, `!`, `<->`, weights), which the in-memory path does not evaluate.
 */
export function parseConjunction(text: string): LexemeTerm[] | null {
  const terms: LexemeTerm[] = [];
  let i = 0;
  const skipSpaces = () => {
    while (text[i] === " ") i += 1;
  };
  skipSpaces();
  if (i === text.length) return terms;
  for (;;) {
    if (text[i] !== "'") return null;
    i += 1;
    let lexeme = "";
    for (;;) {
      if (i >= text.length) return null;
      const ch = text[i]!;
      // tsquery output doubles quotes and backslashes inside a lexeme.
      if (ch === "'" && text[i + 1] === "'") {
        lexeme += "'";
        i += 2;
      } else if (ch === "'") {
        i += 1;
        break;
      } else if (ch === "\\") {
        if (i + 1 >= text.length) return null;
        lexeme += text[i + 1];
        i += 2;
      } else {
        lexeme += ch;
        i += 1;
      }
    }
    let prefix = false;
    if (text[i] === ":") {
      i += 1;
      for (; /[*A-Da-d]/.test(text[i] ?? ""); i += 1) {
        if (text[i] !== "*") return null;
        prefix = true;
      }
    }
    terms.push({ lexeme, prefix });
    skipSpaces();
    if (i === text.length) return terms;
    if (text[i] !== "&") return null;
    i += 1;
    skipSpaces();
  }
}

/** The conjunctions of each alternative (by keyOf), from the cache or asked in one statement. */
async function resolve(client: SearchClient, alternatives: readonly Alternative[]): Promise<Map<string, Conjunction[] | null>> {
  const resolved = new Map<string, Conjunction[] | null>();
  const missing = new Map<string, Alternative>();
  for (const alternative of alternatives) {
    const key = keyOf(alternative);
    const cached = cache.get(key);
    if (cached !== undefined) resolved.set(key, cached);
    else missing.set(key, alternative);
  }
  if (missing.size === 0) return resolved;
  const asked = [...missing.values()];
  const rows = await queryRows<{ plain: string; prefix: string | null }>(
    client,
    sql`SELECT plainto_tsquery('search_de', a.text)::text AS plain,
        CASE WHEN a.pattern IS NULL THEN NULL ELSE to_tsquery('search_de_prefix', a.pattern)::text END AS prefix
      FROM unnest(${asked.map((a) => a.text)}::text[], ${asked.map(prefixPattern)}::text[]) WITH ORDINALITY AS a(text, pattern, i)
      ORDER BY a.i`,
  );
  if (cache.size + asked.length > MAX_CACHED) cache.clear();
  asked.forEach((alternative, i) => {
    const row = rows[i]!;
    const parsed = [parseConjunction(row.plain), row.prefix === null ? [] : parseConjunction(row.prefix)];
    const conjunctions = parsed.some((p) => p === null) ? null : (parsed as LexemeTerm[][]).filter((c) => c.length > 0);
    cache.set(keyOf(alternative), conjunctions);
    resolved.set(keyOf(alternative), conjunctions);
  });
  return resolved;
}

/**
 * The clauses as lexemes, with the SQL's handling of empty parts: an empty alternative or clause
 * is dropped (as `||` and `&&` drop an empty tsquery). Null if some alternative cannot be
 * evaluated in memory: the caller then searches in SQL.
 */
export async function textClauses(client: SearchClient, clauses: readonly Clause[]): Promise<TextClauses | null> {
  const resolved = await resolve(client, clauses.flatMap((clause) => clause.alternatives));
  const result: Conjunction[][] = [];
  for (const clause of clauses) {
    // Spellings and synonyms often stem alike ("förderung", "Förderung"): each conjunction once.
    const conjunctions = new Map<string, Conjunction>();
    for (const alternative of clause.alternatives) {
      const own = resolved.get(keyOf(alternative));
      if (!own) return null;
      for (const conjunction of own) conjunctions.set(JSON.stringify(conjunction), conjunction);
    }
    if (conjunctions.size) result.push([...conjunctions.values()]);
  }
  return result;
}
