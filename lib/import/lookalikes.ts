import "server-only";
import type { Db, Tx } from "@/lib/db/client";

// Existing entries a new row may duplicate: a similar title (pg_trgm) or the same web address.
// The dry run only warns; whether it is a duplicate is the editor's call.

/** Where an importer's entries live; a fixed set, so the identifiers below are never input. */
export type LookalikeSource =
  | { table: "Programme"; title: "title"; url: "sourceUrl" }
  | { table: "Advisor"; title: "name"; url: null }
  | { table: "Provider"; title: "name"; url: "website" }
  | { table: "Event"; title: "title"; url: "registrationUrl" }
  | { table: "Initiative"; title: "title"; url: null }
  | { table: "NewsItem"; title: "title"; url: null };

export type Lookalike = { id: string; slug: string; title: string; status: string; sameUrl: boolean };

export type LookalikeCandidate = { title: string; url: string };

/** Titles at least this similar (0…1, pg_trgm ignores case) are named. */
const TITLE_SIMILARITY = 0.45;
const PER_ROW = 3;

// Scheme, "www." and trailing slashes do not make a different page.
const normalizedUrl = (expression: string) => `lower(regexp_replace(regexp_replace(${expression}, '^https?://(www\\.)?', ''), '/+$', ''))`;

/**
 * For each candidate (by position) up to three existing entries that look like it: same web
 * address first, then the most similar titles. Two queries that scale with a large table: titles
 * through the trigram index (`%`, pg_trgm's default threshold 0.3, then the stricter floor), web
 * addresses through one hash join.
 */
export async function findLookalikes(
  client: Db | Tx,
  source: LookalikeSource,
  candidates: readonly LookalikeCandidate[],
  { excludeId = null }: { excludeId?: string | null } = {},
): Promise<Map<number, Lookalike[]>> {
  const found = new Map<number, Lookalike[]>();
  if (candidates.length === 0) return found;
  const titles = candidates.map((candidate) => candidate.title);
  const urls = candidates.map((candidate) => candidate.url);
  const title = `e."${source.title}"`;
  type Row = Omit<Lookalike, "sameUrl"> & { index: number };
  const sameUrl = source.url
    ? await client.$queryRawUnsafe<Row[]>(
        `SELECT c.idx::int - 1 AS "index", e.id, e.slug, ${title} AS title, e.status::text AS status
         FROM unnest($1::text[]) WITH ORDINALITY AS c(url, idx)
         JOIN "${source.table}" e ON ${normalizedUrl(`e."${source.url}"`)} = ${normalizedUrl("c.url")}
         WHERE c.url <> '' AND ($2::text IS NULL OR e.id <> $2)
         ORDER BY c.idx, e.slug`,
        urls,
        excludeId,
      )
    : [];
  const similar = await client.$queryRawUnsafe<Row[]>(
    `SELECT c.idx::int - 1 AS "index", m.id, m.slug, m.title, m.status
     FROM unnest($1::text[]) WITH ORDINALITY AS c(title, idx)
     CROSS JOIN LATERAL (
       SELECT e.id, e.slug, ${title} AS title, e.status::text AS status, similarity(${title}, c.title) AS score
       FROM "${source.table}" e
       WHERE ${title} % c.title AND similarity(${title}, c.title) >= $2 AND ($3::text IS NULL OR e.id <> $3)
       ORDER BY score DESC, e.slug
       LIMIT ${PER_ROW}
     ) AS m
     ORDER BY c.idx, m.score DESC, m.slug`,
    titles,
    TITLE_SIMILARITY,
    excludeId,
  );
  const add = ({ index, ...entry }: Row, same: boolean) => {
    const list = found.get(index) ?? [];
    if (list.length < PER_ROW && !list.some((known) => known.id === entry.id)) found.set(index, [...list, { ...entry, sameUrl: same }]);
  };
  for (const row of sameUrl) add(row, true);
  for (const row of similar) add(row, false);
  return found;
}

/**
 * Other entries that look like the stored entry `id` (its own title and web address), for the
 * publish step: going live with a likely duplicate needs the editor's explicit confirmation.
 */
export async function findLookalikesOfEntry(client: Db | Tx, source: LookalikeSource, id: string): Promise<Lookalike[]> {
  const url = source.url ? `coalesce(e."${source.url}", '')` : "''";
  const [entry] = await client.$queryRawUnsafe<LookalikeCandidate[]>(`SELECT e."${source.title}" AS title, ${url} AS url FROM "${source.table}" e WHERE e.id = $1`, id);
  if (!entry) return [];
  return (await findLookalikes(client, source, [entry], { excludeId: id })).get(0) ?? [];
}
