import type { SearchLanguage, SearchQuery } from "../types";
import { MARK_END, MARK_START } from "../highlight";
import { activeFilters, type ActiveFilter, countedFacetKeys, failedKeySql, failsSql, statusFacetSql, TYPE_KEY } from "./filters";
import { joinSql, sql, trustedSql, type Sql } from "./sql";
import { clauseTsquerySql, fieldPointsFromSetsSql, fieldPointsSql, matchSql, vocabularySql, type ClauseMatch } from "./word-match";

// One statement per search, the only way the PostgreSQL engine answers. The text match runs once
// (CTEs `cw` … `w`, then `m` with narrow columns only); the total, the counts and the
// page are all read from it. Facet counts come from one pass over the rows failing at most one
// restriction, so they equal what selecting that value would return.

export const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;

export interface SearchRow {
  /** `full`: the rows matching every clause (the rest match all but one). */
  counts: { total: number; full: number; byType: Record<string, number> };
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
    /** Whether title and summary are the reader's language's translation (not on German searches). */
    titleTranslated?: boolean;
    summaryTranslated?: boolean;
  }[];
}

const HEADLINE_CONFIG = { de: "search_de", fr: "search_fr", en: "search_en" } as const;

/**
 * A hit's title or summary as the reader gets it, with its highlighted form: on a French or English
 * search the translation where the entry has one (highlighted with that language's stems), else
 * the German text, and whether it was translated.
 */
function shownSql(language: SearchLanguage = "de", field: "title" | "summary", text: TextQuery | null): Sql {
  const marked = field === "title" ? "markedTitle" : "markedSummary";
  const headline = (config: string, value: string) =>
    text ? sql`ts_headline(${trustedSql(`'${config}'`)}, ${trustedSql(value)}, q.any, ${HEADLINE_OPTIONS})` : trustedSql("NULL");
  if (language === "de") return sql`d.${trustedSql(field)}, ${headline("search_de", `d.${field}`)} AS ${trustedSql(`"${marked}"`)}`;
  const translated = `d.translations -> '${language}' ->> '${field}'`;
  const shown = `coalesce(${translated}, d.${field})`;
  return sql`${trustedSql(`${shown} AS ${field}, (${translated}) IS NOT NULL AS "${field}Translated"`)},
    CASE WHEN ${trustedSql(translated)} IS NULL THEN ${headline("search_de", `d.${field}`)} ELSE ${headline(HEADLINE_CONFIG[language], translated)} END AS ${trustedSql(`"${marked}"`)}`;
}

/** Rows matching every clause always come before rows matching all but one, whatever the sort. */
function orderSql(query: SearchQuery, ranked: boolean): Sql {
  return sql`m.matched DESC, ${sortSql(query, ranked)}`;
}

function sortSql(query: SearchQuery, ranked: boolean): Sql {
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
      // Without words there is nothing to rank by: A–Z, like the Meilisearch engine.
      return ranked ? sql`m.rank DESC, m."publishedAt" DESC, ${byTitle}` : byTitle;
  }
}

export interface TextQuery {
  /** For highlighting (every alternative OR-ed). */
  any: Sql;
  /** Each clause on its own (AND-ed in meaning, but counted: see searchSql). */
  clauses: ClauseMatch[];
}

/** With fewer rows matching every clause, rows matching all but one follow below them. */
export const FEW_FULL_MATCHES = 10;
/** A closed programme's relevance counts this much: it ranks below open ones of similar relevance. */
export const CLOSED_FACTOR = 0.5;
/**
 * A news item's relevance counts this much: a report about a programme or initiative names its
 * words in the title too, but whoever searches for them wants the entry first, the report after it.
 */
export const NEWS_FACTOR = 0.5;

/** Fewest clauses a row must match to be shown below the full matches: all but one, at least one. */
export function partialMinimum(clauseCount: number): number {
  return Math.max(1, clauseCount - 1);
}

/**
 * The text part: per clause the vocabulary words it matches, then the matching ids (GIN index
 * scans, reading no document text), then per id how many clauses and which. Relevance: per matched
 * clause its field points (title 3, summary or keywords 2, body 1) times the clause's rarity,
 * ln(1 + documents / matches of the clause), so a word in many titles ("Rheinland-Pfalz") does not
 * outweigh a rarer one; closed programmes count CLOSED_FACTOR of that, news items NEWS_FACTOR.
 */
function textCtes(query: SearchQuery, text: TextQuery): Sql {
  const n = text.clauses.length;
  // One clause: `m` reads the matching rows itself (matchedRowsSql); rarity would not change the order.
  if (n === 1) return sql`
cw AS MATERIALIZED (${vocabularySql(text.clauses)}),
tq AS MATERIALIZED (${clauseTsquerySql(text.clauses)}),`;
  const hits = joinSql(
    // The narrow copy of the match columns: a broad word's rows from ~20 times fewer heap pages,
    // and an integer per row to group by.
    text.clauses.map((clause, k) => sql`SELECT d."docNo" AS n, ${k}::int AS c FROM "SearchMatch" d WHERE ${matchSql(clause, k)}`),
    " UNION ALL ",
  );
  const counts = joinSql(
    text.clauses.map((_, k) => sql`count(*) FILTER (WHERE (cs & ${1 << k}::int) <> 0) AS ${trustedSql(`c${k}`)}`),
    ", ",
  );
  const rarity = joinSql(
    text.clauses.map((_, k) => trustedSql(`ln(1 + total / greatest(1, c${k}))::float8`)),
    ", ",
  );
  return sql`
cw AS MATERIALIZED (${vocabularySql(text.clauses)}),
tq AS MATERIALIZED (${clauseTsquerySql(text.clauses)}),
-- Which clauses a row matched as bits of an integer (at most 8 words): cheaper to group than an
-- array; the clauses' matches are grouped as they come, without a table of them in between.
t AS MATERIALIZED (SELECT n, count(*)::int AS matched, bit_or(1 << c) AS cs FROM (${hits}) hit GROUP BY n),
-- In one pass: per clause its matches (for its rarity), and the rows matching every clause. The
-- planner's row estimate is enough for the number of documents; a fresh table (never analyzed)
-- counts the rows matching any clause.
w AS MATERIALIZED (SELECT ARRAY[${rarity}] AS rarity, full_n FROM (
  SELECT greatest((SELECT reltuples FROM pg_class WHERE oid = '"SearchDocument"'::regclass), count(*), 1)::float8 AS total,
    count(*) FILTER (WHERE matched = ${n}::int) AS full_n, ${counts} FROM t
) per_clause),`;
}

function scoreSql(query: SearchQuery, text: TextQuery): Sql {
  if (query.sort !== "relevance") return trustedSql("0");
  const closed = sql`(CASE WHEN d.type = 'programme' AND d.deadline < ${query.today}::date THEN ${CLOSED_FACTOR}::float8
    WHEN d.type = 'news' THEN ${NEWS_FACTOR}::float8 ELSE 1 END)`;
  if (text.clauses.length === 1) return sql`${fieldPointsFromSetsSql(0)} * ${closed}`;
  const points = joinSql(
    text.clauses.map((_, k) => sql`(CASE WHEN (t.cs & ${1 << k}::int) <> 0 THEN ${fieldPointsSql(k)} * w.rarity[${k + 1}::int] ELSE 0 END)`),
    " + ",
  );
  return sql`(${points}) * ${closed}`;
}

/** Only rows passing every restriction are shown, so only they are scored (the rest are only counted for facets). */
function rankSql(query: SearchQuery, text: TextQuery, filters: readonly ActiveFilter[]): Sql {
  const score = scoreSql(query, text);
  return filters.length ? sql`(CASE WHEN ${failsSql(filters)} = 0 THEN ${score} ELSE 0 END)` : score;
}

/** The FROM and WHERE of `m` for a text search. */
function matchedRowsSql(text: TextQuery): Sql {
  const n = text.clauses.length;
  // One clause: the bitmap scan's rows directly, no second lookup per row (a broad word has thousands).
  if (n === 1) return sql`"SearchDocument" d CROSS JOIN cw CROSS JOIN tq`;
  return sql`t JOIN "SearchDocument" d ON d."docNo" = t.n CROSS JOIN w CROSS JOIN cw CROSS JOIN tq`;
}

function matchedSql(text: TextQuery): Sql {
  const n = text.clauses.length;
  if (n === 1) return sql`(${matchSql(text.clauses[0]!, 0)})`;
  return sql`(t.matched = ${n}::int OR (t.matched >= ${partialMinimum(n)}::int AND (SELECT full_n FROM w) < ${FEW_FULL_MATCHES}::int))`;
}

/** The WHERE of `m`: the text match, and no row failing two restrictions (it counts nowhere). */
function mWhereSql(text: TextQuery | null, filters: readonly ActiveFilter[]): Sql {
  const conditions = [...(text ? [matchedSql(text)] : []), ...(filters.length >= 2 ? [sql`${failsSql(filters)} <= 1`] : [])];
  return conditions.length ? sql`WHERE ${joinSql(conditions, " AND ")}` : trustedSql("");
}

/**
 * Browsing types without text or other filters (a list page's "all entries"): the page straight
 * from the table in its order (A–Z reads the titleSort index and stops after the page), the
 * types' facet values in one pass, every type's count: no `m` of thousands of rows to build and
 * sort (a type of 4 700 rows: ~25 → ~13 ms).
 */
function browseTypesSql(query: SearchQuery, typeFilter: ActiveFilter, facetKeys: readonly string[]): Sql {
  const offset = (query.page - 1) * query.pageSize;
  return sql`
SELECT
  (SELECT json_build_object(
      'total', coalesce(sum(n) FILTER (WHERE selected), 0),
      'full', coalesce(sum(n) FILTER (WHERE selected), 0),
      'byType', coalesce(json_object_agg(type, n), '{}'::json))
    FROM (SELECT d.type, count(*)::int AS n, bool_or(${typeFilter.condition}) AS selected FROM "SearchDocument" d GROUP BY d.type) t
  ) AS counts,
  ${facetKeys.length ? sql`(SELECT coalesce(json_object_agg(v, n), '{}'::json) FROM (
    SELECT v, count(*)::int AS n FROM "SearchDocument" d CROSS JOIN LATERAL unnest(${rowFacetsSql(query, true)}) AS v
    WHERE ${typeFilter.condition} AND split_part(v, ':', 1) = ANY(${facetKeys}::text[])
    GROUP BY v
  ) t)` : trustedSql("'{}'::json")} AS facets,
  (SELECT coalesce(json_agg(h ORDER BY h.ord), '[]'::json) FROM (
    SELECT row_number() OVER () AS ord, m.type, m.slug, m.title, m.summary,
      to_char(m."applicationStart", 'YYYY-MM-DD') AS "applicationStart", to_char(m.deadline, 'YYYY-MM-DD') AS deadline,
      NULL AS "markedTitle", NULL AS "markedSummary"
    FROM (
      SELECT m.* FROM (SELECT d.* FROM "SearchDocument" d WHERE ${typeFilter.condition}) m
      ORDER BY ${sortSql(query, false)} LIMIT ${query.pageSize}::int OFFSET ${offset}::int
    ) m
  ) h) AS hits`;
}


/** Facet values of row `d` plus the derived status, only when counted or filtered by (a copied array per row otherwise). */
function rowFacetsSql(query: SearchQuery, needed: boolean): Sql {
  return needed
    ? sql`CASE WHEN d.type = 'programme' THEN d.facets || ${statusFacetSql(query.today)} ELSE d.facets END`
    : trustedSql("NULL::text[]");
}

/**
 * Only the number of rows matching every clause and passing every restriction (`counts.full` of
 * searchSql): whether a query with an unknown word does better corrected, without scoring the
 * rows matching all clauses but one that its full search would show.
 */
export function fullCountSql(query: SearchQuery, text: TextQuery): Sql {
  const filters = activeFilters(query);
  const n = text.clauses.length;
  const rows = n === 1 ? sql`"SearchDocument" d CROSS JOIN cw` : trustedSql(`t JOIN "SearchDocument" d ON d."docNo" = t.n`);
  const matched = n === 1 ? sql`(${matchSql(text.clauses[0]!, 0)})` : sql`t.matched = ${n}::int`;
  return sql`
WITH ${textCtes(query, text)}
m AS (SELECT 1 FROM ${rows} CROSS JOIN LATERAL (SELECT ${rowFacetsSql(query, filters.some((f) => f.key !== TYPE_KEY))} AS f) x
  WHERE ${matched} AND ${failsSql(filters)} = 0)
SELECT count(*)::int AS full FROM m`;
}

export function searchSql(query: SearchQuery, text: TextQuery | null): Sql {
  const filters = activeFilters(query);
  const facetKeys = countedFacetKeys(query.facets);
  const ranked = text !== null && query.sort === "relevance";
  const offset = (query.page - 1) * query.pageSize;
  const n = text?.clauses.length ?? 0;
  const facetsSql = rowFacetsSql(query, facetKeys.length > 0 || filters.some((f) => f.key !== TYPE_KEY));
  if (text === null && filters.length === 1 && filters[0]!.key === TYPE_KEY) return browseTypesSql(query, filters[0]!, facetKeys);
  // Text searches forbid sequential scans (the caller's settings): the GIN indexes are the path.
  return sql`
WITH q AS (SELECT ${text?.any ?? trustedSql("NULL::tsquery")} AS any),
${text ? textCtes(query, text) : trustedSql("")}
m AS MATERIALIZED (
  SELECT d.id, d.type, d."applicationStart", d.deadline, d."publishedAt", d."titleSort", x.f,
    ${text ? sql`${n === 1 ? trustedSql("1") : trustedSql("t.matched")} AS matched, ${rankSql(query, text, filters)} AS rank` : trustedSql("0 AS matched, 0 AS rank")},
    ${failsSql(filters)} AS fails, ${failedKeySql(filters)} AS failed_key
  FROM ${text ? matchedRowsSql(text) : trustedSql(`"SearchDocument" d`)}
    CROSS JOIN LATERAL (SELECT ${facetsSql} AS f) x
  ${mWhereSql(text, filters)}
)
SELECT
  -- One pass for both: per type, the rows passing everything, and those failing only the type.
  (SELECT json_build_object(
      'total', coalesce(sum(passing), 0),
      'full', coalesce(sum(passing_full), 0),
      'byType', coalesce(json_object_agg(type, passing_but_type) FILTER (WHERE passing_but_type > 0), '{}'::json))
    FROM (
      SELECT type, count(*) FILTER (WHERE fails = 0)::int AS passing,
        count(*) FILTER (WHERE fails = 0 AND matched = ${n}::int)::int AS passing_full,
        count(*) FILTER (WHERE fails = 0 OR (fails = 1 AND failed_key = ${TYPE_KEY}))::int AS passing_but_type
      FROM m GROUP BY type
  ) t) AS counts,
  ${facetKeys.length ? sql`(SELECT coalesce(json_object_agg(v, n), '{}'::json) FROM (
    SELECT v, count(*)::int AS n FROM m CROSS JOIN LATERAL unnest(m.f) AS v
    -- A row failing only the type counts for no facet: it is not unnested at all.
    WHERE m.fails <= 1 AND (m.fails = 0 OR m.failed_key <> ${TYPE_KEY}) AND split_part(v, ':', 1) = ANY(${facetKeys}::text[])
      AND (m.fails = 0 OR m.failed_key = split_part(v, ':', 1))
    GROUP BY v
  ) t)` : trustedSql("'{}'::json")} AS facets,
  (SELECT coalesce(json_agg(h ORDER BY h.ord), '[]'::json) FROM (
    SELECT page.ord, d.type, d.slug, ${shownSql(query.language, "title", text)}, ${shownSql(query.language, "summary", text)},
      to_char(d."applicationStart", 'YYYY-MM-DD') AS "applicationStart", to_char(d.deadline, 'YYYY-MM-DD') AS deadline
    FROM (
      -- row_number() over the sorted, limited page keeps its order through the join.
      SELECT p.id, row_number() OVER () AS ord FROM (
        SELECT m.id FROM m WHERE m.fails = 0 ORDER BY ${orderSql(query, ranked)} LIMIT ${query.pageSize}::int OFFSET ${offset}::int
      ) p
    ) page JOIN "SearchDocument" d ON d.id = page.id CROSS JOIN q
  ) h) AS hits`;
}
