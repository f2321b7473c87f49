import type { SearchClient } from "../client";
import { spellingVariants } from "../query/normalize";
import type { SearchDocType, Suggestion } from "../types";
import { joinSql, queryRows, sql } from "./sql";

// Title suggestions while typing: titles starting with the prefix first, then titles containing a
// word that starts with it, then titles containing it anywhere; shorter titles first. Three or more
// characters use the trigram index; one or two the btree on "titleSort" (= search_normalize(title)).

export const MAX_SUGGESTIONS = 20;
const PREFIX_END = "\uFFFF";

/** Letters, digits, spaces and hyphens only: nothing that LIKE or the regex would interpret. */
export function cleanPrefix(prefix: string): string {
  return prefix
    .replace(/[^\p{L}\p{N}\s-]/gu, " ")
    .replace(/\s+/g, " ")
    .trimStart()
    .slice(0, 100);
}

export async function suggestTitles(client: SearchClient, rawPrefix: string, rawLimit: number): Promise<Suggestion[]> {
  const prefix = cleanPrefix(rawPrefix);
  const limit = Math.max(0, Math.min(MAX_SUGGESTIONS, Math.floor(rawLimit)));
  if (!prefix.trim() || limit === 0) return [];
  const variants = spellingVariants(prefix);
  const norm = sql`d."titleSort"`;
  const rows =
    prefix.trim().length < 3
      ? await queryRows<Suggestion>(
          client,
          sql`SELECT d.type, d.slug, d.title FROM "SearchDocument" d
            WHERE ${joinSql(
              variants.map((v) => sql`(${norm} >= search_normalize(${v}) AND ${norm} < search_normalize(${v}) || ${PREFIX_END})`),
              " OR ",
            )}
            ORDER BY ${norm}, d.title, d.id LIMIT ${limit}::int`,
        )
      : await queryRows<Suggestion>(
          client,
          sql`SELECT d.type, d.slug, d.title FROM "SearchDocument" d
            WHERE ${joinSql(
              variants.map((v) => sql`${norm} LIKE '%' || search_normalize(${v}) || '%'`),
              " OR ",
            )}
            ORDER BY
              (${joinSql(variants.map((v) => sql`${norm} LIKE search_normalize(${v}) || '%'`), " OR ")}) DESC,
              (${joinSql(variants.map((v) => sql`${norm} ~ ('(^|[^[:alnum:]])' || search_normalize(${v}))`), " OR ")}) DESC,
              length(d.title), ${norm}, d.id
            LIMIT ${limit}::int`,
        );
  return rows.map((r) => ({ type: r.type as SearchDocType, slug: r.slug, title: r.title }));
}
