import type { SearchClient } from "../client";
import type { SearchQuery } from "../types";
import { activeFilters, failsSql, statusFacetSql } from "./filters";
import { VERSION_SQL } from "./index-version";
import type { MemoryIndex } from "./memory-index";
import type { TextMatches } from "./memory-search";
import { HEADLINE_OPTIONS, RANK_WEIGHTS, type SearchRow, type TextQuery } from "./search-sql";
import { queryRows, sql, trustedSql, type Sql } from "./sql";

// The two statements of a search over a MemoryIndex: the text matches (ids and, for relevance,
// ranks), and the page's rows with highlights. Both return the index version they saw; if it is
// not the MemoryIndex's, the caller falls back to the single-statement SQL search.

export function matchSql(query: SearchQuery, text: TextQuery, ranked: boolean): Sql {
  // As in search-sql.ts: the match inline (folded to a constant), ranking on the in-row rankVector
  // behind an @@ guard, and only for rows passing every restriction (the others are never on the
  // page; the restrictions are search-sql.ts's own). Numbers in one long text: much cheaper to
  // send and parse than ids or a driver-parsed array. Unlisted matches rank 0.
  const filters = ranked ? activeFilters(query) : [];
  const passing = filters.length ? sql`${failsSql(filters)} = 0 AND ` : trustedSql("");
  return sql`SELECT ${VERSION_SQL} AS version, count(*)::int AS n, coalesce(string_agg(hashtext(d.id)::text, ','), '') AS hashes,
      ${
        ranked
          ? sql`coalesce(string_agg(hashtext(d.id)::text || ' ' || ts_rank_cd(${RANK_WEIGHTS}::float4[], d."rankVector", q.any)::text, ',')
              FILTER (WHERE ${passing}d."rankVector" @@ q.any), '')`
          : trustedSql("NULL::text")
      } AS ranks
    FROM "SearchDocument" d CROSS JOIN (SELECT ${text.any} AS any) q
      ${filters.length ? sql`CROSS JOIN LATERAL (SELECT CASE WHEN d.type = 'programme' THEN d.facets || ${statusFacetSql(query.today)} ELSE d.facets END AS f) x` : trustedSql("")}
    WHERE d."searchVector" @@ ${text.match}`;
}

export interface MatchRow {
  version: string | null;
  n: number;
  /** hashtext(id) of every match, comma-separated. */
  hashes: string;
  /** "hash rank" of the matches passing every restriction whose title or summary matches, comma-separated. */
  ranks: string | null;
}

/** Comma-separated integers, parsed without creating a string per number. */
export function parseIntegers(text: string): Int32Array {
  let count = text === "" ? 0 : 1;
  for (let i = text.indexOf(","); i >= 0; i = text.indexOf(",", i + 1)) count += 1;
  const out = new Int32Array(count);
  let k = 0;
  let value = 0;
  let negative = false;
  for (let i = 0; i <= text.length; i += 1) {
    const c = i < text.length ? text.charCodeAt(i) : 44;
    if (c === 44) {
      if (i > 0) out[k++] = negative ? -value : value;
      value = 0;
      negative = false;
    } else if (c === 45) negative = true;
    else value = value * 10 + (c - 48);
  }
  return out;
}

/** Null when a hash is unknown to the index or shared by several ids: the caller uses SQL. */
export function toTextMatches(index: MemoryIndex, row: MatchRow): TextMatches | null {
  if (row.version !== index.version) return null;
  const hashes = parseIntegers(row.hashes);
  if (hashes.length !== row.n) return null;
  const docs = new Int32Array(hashes.length);
  for (let k = 0; k < hashes.length; k += 1) {
    const i = index.byHash.get(hashes[k]!);
    if (i === undefined || i < 0) return null;
    docs[k] = i;
  }
  let ranks: Float64Array | null = null;
  if (row.ranks !== null) {
    const rankOf = new Float64Array(index.ids.length);
    for (const pair of row.ranks === "" ? [] : row.ranks.split(",")) {
      const space = pair.indexOf(" ");
      rankOf[index.byHash.get(Number(pair.slice(0, space)))!] = Number(pair.slice(space + 1));
    }
    ranks = new Float64Array(docs.length);
    for (let k = 0; k < docs.length; k += 1) ranks[k] = rankOf[docs[k]!]!;
  }
  return { docs, ranks };
}

interface PageRow {
  version: string | null;
  hits: SearchRow["hits"];
}

/** The page's rows in the given order, highlighted when there is text; null if the version moved. */
export async function loadPage(client: SearchClient, index: MemoryIndex, ids: readonly string[], any: Sql | null): Promise<SearchRow["hits"] | null> {
  const [row] = await queryRows<PageRow>(
    client,
    sql`SELECT ${VERSION_SQL} AS version, (SELECT coalesce(json_agg(h ORDER BY h.ord), '[]'::json) FROM (
        SELECT p.ord, d.type, d.slug, d.title, d.summary,
          to_char(d."applicationStart", 'YYYY-MM-DD') AS "applicationStart", to_char(d.deadline, 'YYYY-MM-DD') AS deadline,
          ${any ? sql`ts_headline('search_de', d.title, q.any, ${HEADLINE_OPTIONS})` : trustedSql("NULL")} AS "markedTitle",
          ${any ? sql`ts_headline('search_de', d.summary, q.any, ${HEADLINE_OPTIONS})` : trustedSql("NULL")} AS "markedSummary"
        FROM unnest(${[...ids]}::text[]) WITH ORDINALITY AS p(id, ord)
          JOIN "SearchDocument" d ON d.id = p.id
          CROSS JOIN (SELECT ${any ?? trustedSql("NULL::tsquery")} AS any) q
      ) h) AS hits`,
  );
  if (!row || row.version !== index.version || row.hits.length !== ids.length) return null;
  return row.hits;
}
