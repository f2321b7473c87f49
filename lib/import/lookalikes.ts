import "server-only";
import type { Db, Tx } from "@/lib/db/client";

// Existing entries a new row may duplicate: a similar title (pg_trgm) or the same web address.
// The dry run only warns; whether it is a duplicate is the editor's call.

/** Where an importer's entries live; a fixed set, so the identifiers below are never input. */
export type LookalikeSource =
  | { table: "Programme"; title: "title"; url: "sourceUrl" }
  | { table: "Advisor"; title: "name"; url: null }
  | { table: "Provider"; title: "name"; url: "website" };

export type Lookalike = { id: string; slug: string; title: string; status: string; sameUrl: boolean };

export type LookalikeCandidate = { title: string; url: string };

/** Titles at least this similar (0…1) are named; "Digitalbonus RLP" vs "Digitalbonus Rheinland-Pfalz" ≈ 0.5. */
const TITLE_SIMILARITY = 0.45;
const PER_ROW = 3;

// Scheme, "www." and trailing slashes do not make a different page.
const normalizedUrl = (expression: string) => `lower(regexp_replace(regexp_replace(${expression}, '^https?://(www\\.)?', ''), '/+$', ''))`;

/** For each candidate (by position) up to three existing entries that look like it, most similar first. */
export async function findLookalikes(client: Db | Tx, source: LookalikeSource, candidates: readonly LookalikeCandidate[]): Promise<Map<number, Lookalike[]>> {
  const found = new Map<number, Lookalike[]>();
  if (candidates.length === 0) return found;
  const title = `e."${source.title}"`;
  const sameUrl = source.url ? `(c.url <> '' AND ${normalizedUrl(`e."${source.url}"`)} = ${normalizedUrl("c.url")})` : "false";
  const rows = await client.$queryRawUnsafe<(Lookalike & { index: number })[]>(
    `SELECT c.idx::int - 1 AS "index", m.id, m.slug, m.title, m.status, m."sameUrl"
     FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS c(title, url, idx)
     CROSS JOIN LATERAL (
       SELECT e.id, e.slug, ${title} AS title, e.status::text AS status, ${sameUrl} AS "sameUrl",
              similarity(lower(${title}), lower(c.title)) AS score
       FROM "${source.table}" e
       WHERE similarity(lower(${title}), lower(c.title)) >= $3 OR ${sameUrl}
       ORDER BY "sameUrl" DESC, score DESC, e.slug
       LIMIT ${PER_ROW}
     ) AS m
     ORDER BY c.idx`,
    candidates.map((candidate) => candidate.title),
    candidates.map((candidate) => candidate.url),
    TITLE_SIMILARITY,
  );
  for (const { index, ...lookalike } of rows) found.set(index, [...(found.get(index) ?? []), lookalike]);
  return found;
}
