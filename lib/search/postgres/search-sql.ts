import type { SearchQuery } from "../types";
import { MARK_END, MARK_START } from "../highlight";
import { activeFilters, countedFacetKeys, failedKeySql, failsSql, statusFacetSql, TYPE_KEY } from "./filters";
import { SHORT_FIELD_POINTS, TITLE_POINTS } from "./memory-text";
import { joinSql, sql, trustedSql, type Sql } from "./sql";

// One statement per search. The text match runs once (CTE `m`, narrow columns only); the total,
// the counts and the page are all read from it. Facet counts come from one pass over the rows
// failing at most one restriction, so they equal what selecting that value would return.

export const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;

export interface SearchRow {
  counts: { total: number; byType: Record<string, number> };
  facets: Record<string, number>;
  hits: {
    type: string;
    slug: string;
    title: string;
    summary: string;
    applicationStart: string | null;
    deadline: string | null;
    markedTitle: string | null;
    markedSummary: string | null;
  }[];
}

function orderSql(query: SearchQuery, ranked: boolean): Sql {
  const byTitle = trustedSql(`m."titleSort", m.id`);
  switch (query.sort) {
    case "newest":
      return sql`m."publishedAt" DESC, ${byTitle}`;
    case "title":
      return byTitle;
    case "deadline": {
      // Like the programme list: open by nearest deadline, rolling, upcoming by start, closed by
      // most recent deadline; entries without dates (advisors, providers) last.
      const today = sql`${query.today}::date`;
      const rank = sql`(CASE WHEN m.type <> 'programme' THEN 4 WHEN m.deadline < ${today} THEN 3
        WHEN m."applicationStart" > ${today} THEN 2 WHEN m.deadline IS NULL THEN 1 ELSE 0 END)`;
      return sql`${rank}, (CASE WHEN ${rank} = 0 THEN m.deadline - ${today} WHEN ${rank} = 3 THEN ${today} - m.deadline END),
        (CASE WHEN ${rank} = 2 THEN m."applicationStart" END), ${byTitle}`;
    }
    default:
      // Without words there is nothing to rank by: A–Z, like the Meilisearch engine.
      return ranked ? sql`m.rank DESC, m."publishedAt" DESC, ${byTitle}` : byTitle;
  }
}

export interface TextQuery {
  /** Must match (clauses AND-ed); an expression the planner can fold to a constant. */
  match: Sql;
  /** For highlighting (everything OR-ed). */
  any: Sql;
  /** Each clause on its own, for relevance. */
  clauses: Sql[];
}

/**
 * Relevance of a row of "SearchDocument" d: per clause, TITLE_POINTS when some alternative lies
 * wholly in the title, else SHORT_FIELD_POINTS when in title, summary and keywords together, else
 * nothing (body only). Computable from the in-row rankVector alone, and the same rule as the
 * in-memory path (memory-text.ts), so both order a search alike.
 */
export function relevanceSql(text: TextQuery): Sql {
  const points = text.clauses.map(
    (clause) => sql`(CASE WHEN ts_filter(d."rankVector", '{a}') @@ ${clause} THEN ${TITLE_POINTS}::int
      WHEN d."rankVector" @@ ${clause} THEN ${SHORT_FIELD_POINTS}::int ELSE 0 END)`,
  );
  // The @@ guard skips the per-clause work for matches whose words are all in the body.
  return sql`CASE WHEN d."rankVector" @@ q.any THEN ${joinSql(points, " + ")} ELSE 0 END`;
}

export function searchSql(query: SearchQuery, text: TextQuery | null): Sql {
  const filters = activeFilters(query);
  const facetKeys = countedFacetKeys(query.facets);
  const ranked = text !== null && query.sort === "relevance";
  const offset = (query.page - 1) * query.pageSize;
  // The match is written inline so the planner folds it to a constant and estimates its
  // selectivity from the column statistics; the caller forbids sequential scans for text
  // searches (a broad word would otherwise make it read every row's tsvector out of TOAST).
  return sql`
WITH q AS (SELECT ${text?.any ?? trustedSql("NULL::tsquery")} AS any),
m AS MATERIALIZED (
  SELECT d.id, d.type, d."applicationStart", d.deadline, d."publishedAt", d."titleSort", x.f,
    ${text && ranked ? relevanceSql(text) : trustedSql("0")} AS rank,
    ${failsSql(filters)} AS fails, ${failedKeySql(filters)} AS failed_key
  FROM "SearchDocument" d CROSS JOIN q
    CROSS JOIN LATERAL (SELECT CASE WHEN d.type = 'programme' THEN d.facets || ${statusFacetSql(query.today)} ELSE d.facets END AS f) x
  ${text ? sql`WHERE d."searchVector" @@ ${text.match}` : trustedSql("")}
)
SELECT
  -- One pass for both: per type, the rows passing everything, and those failing only the type.
  (SELECT json_build_object(
      'total', coalesce(sum(passing), 0),
      'byType', coalesce(json_object_agg(type, passing_but_type) FILTER (WHERE passing_but_type > 0), '{}'::json))
    FROM (
      SELECT type, count(*) FILTER (WHERE fails = 0)::int AS passing,
        count(*) FILTER (WHERE fails = 0 OR (fails = 1 AND failed_key = ${TYPE_KEY}))::int AS passing_but_type
      FROM m GROUP BY type
  ) t) AS counts,
  ${facetKeys.length ? sql`(SELECT coalesce(json_object_agg(v, n), '{}'::json) FROM (
    SELECT v, count(*)::int AS n FROM m CROSS JOIN LATERAL unnest(m.f) AS v
    WHERE m.fails <= 1 AND split_part(v, ':', 1) = ANY(${facetKeys}::text[])
      AND (m.fails = 0 OR m.failed_key = split_part(v, ':', 1))
    GROUP BY v
  ) t)` : trustedSql("'{}'::json")} AS facets,
  (SELECT coalesce(json_agg(h ORDER BY h.ord), '[]'::json) FROM (
    SELECT page.ord, d.type, d.slug, d.title, d.summary,
      to_char(d."applicationStart", 'YYYY-MM-DD') AS "applicationStart", to_char(d.deadline, 'YYYY-MM-DD') AS deadline,
      ${text ? sql`ts_headline('search_de', d.title, q.any, ${HEADLINE_OPTIONS})` : trustedSql("NULL")} AS "markedTitle",
      ${text ? sql`ts_headline('search_de', d.summary, q.any, ${HEADLINE_OPTIONS})` : trustedSql("NULL")} AS "markedSummary"
    FROM (
      -- row_number() over the sorted, limited page keeps its order through the join.
      SELECT p.id, row_number() OVER () AS ord FROM (
        SELECT m.id FROM m WHERE m.fails = 0 ORDER BY ${orderSql(query, ranked)} LIMIT ${query.pageSize}::int OFFSET ${offset}::int
      ) p
    ) page JOIN "SearchDocument" d ON d.id = page.id CROSS JOIN q
  ) h) AS hits`;
}
