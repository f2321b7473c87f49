import type { SearchClient } from "../client";
import { VERSION_SQL } from "./index-version";
import type { MemoryIndex } from "./memory-index";
import { HEADLINE_OPTIONS, type SearchRow } from "./search-sql";
import { queryRows, sql, trustedSql, type Sql } from "./sql";

// The one statement of a search over a MemoryIndex: the page's rows with highlights. It returns
// the index version it saw; if that is not the MemoryIndex's, the caller falls back to the
// single-statement SQL search.

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
