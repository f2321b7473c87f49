import { spellingVariants } from "../query/normalize";
import type { QueryWord } from "../query/parse";
import { sql, type SqlRunner } from "./sql";

// Typo correction against "SearchTerm", the words of indexed titles, summaries and keywords, and
// the one-word synonyms (the search finds "Webshop" through its group though no text says it). A
// word is unknown when no spelling of it is a term (or, for the word being typed, a term's start);
// each unknown word is replaced by its most similar term (pg_trgm, GIN-indexed `%`).

/** Below this trigram similarity a "correction" is more likely a different word. */
export const MIN_SIMILARITY = 0.4;
/** Short words are too ambiguous to correct ("KMU" vs "KMO"). */
export const MIN_CORRECTABLE_LENGTH = 4;
/** Upper bound of the code points in terms: "abc" ≤ term < "abc\uFFFF" means "term starts with abc". */
const PREFIX_END = "\uFFFF";

/** Index into `words` → the replacement as written in a document (e.g. "Digitalisierung") or a synonym group. */
export async function findCorrections(
  runner: SqlRunner,
  words: readonly QueryWord[],
  candidates: readonly number[],
  synonyms: readonly string[] = [],
): Promise<Map<number, string>> {
  const index: number[] = [];
  const variants: string[] = [];
  const prefixes: boolean[] = [];
  for (const i of candidates) {
    const word = words[i]!;
    if (word.text.length < MIN_CORRECTABLE_LENGTH || !/^\p{L}+$/u.test(word.text)) continue;
    for (const variant of spellingVariants(word.text)) {
      index.push(i);
      variants.push(variant);
      prefixes.push(word.prefix);
    }
  }
  if (index.length === 0) return new Map();
  const rows = await runner.rows<{ i: number; display: string; sim: number }>(
    sql`WITH v AS (
        SELECT x.i, search_normalize(x.variant) AS norm, x.prefix
        FROM unnest(${index}::int[], ${variants}::text[], ${prefixes}::bool[]) AS x(i, variant, prefix)
      ),
      syn AS (SELECT DISTINCT search_normalize(w) AS term, w AS display FROM unnest(${synonymWords(synonyms)}::text[]) AS w),
      known AS (
        SELECT v.i FROM v WHERE EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.term = v.norm)
          OR EXISTS (SELECT 1 FROM syn s WHERE s.term = v.norm)
          OR (v.prefix AND EXISTS (SELECT 1 FROM "SearchTerm" t WHERE t.term >= v.norm AND t.term < v.norm || ${PREFIX_END}))
          OR (v.prefix AND EXISTS (SELECT 1 FROM syn s WHERE s.term >= v.norm AND s.term < v.norm || ${PREFIX_END}))
      ),
      -- Only unknown words look for similar terms (OFFSET 0: filter first, then the trigram search).
      unknown AS (SELECT * FROM v WHERE v.i NOT IN (SELECT i FROM known) OFFSET 0)
      SELECT DISTINCT ON (v.i) v.i, c.display, c.sim
      FROM unknown v CROSS JOIN LATERAL (
        SELECT u.display, u.sim FROM (
          (SELECT t.display, t.term, similarity(t.term, v.norm)::float8 AS sim FROM "SearchTerm" t
            WHERE t.term % v.norm ORDER BY sim DESC, t.term LIMIT 1)
          UNION ALL
          (SELECT s.display, s.term, similarity(s.term, v.norm)::float8 AS sim FROM syn s
            WHERE s.term % v.norm ORDER BY sim DESC, s.term LIMIT 1)
        ) u ORDER BY u.sim DESC, u.term LIMIT 1
      ) c
      ORDER BY v.i, c.sim DESC`,
  );
  return new Map(rows.filter((r) => r.sim >= MIN_SIMILARITY).map((r) => [Number(r.i), r.display]));
}

/** The single words of the synonym groups: phrases ("schnelles internet") are no spelling of one word. */
function synonymWords(synonyms: readonly string[]): string[] {
  return synonyms.filter((word) => word.length >= MIN_CORRECTABLE_LENGTH && /^\p{L}+$/u.test(word));
}
