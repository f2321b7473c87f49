import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import type { Column, ReferenceKind } from "./columns";
import type { KeyedRow, ReferenceResolver } from "./map-rows";
import { cellList, cellText, normalizeName } from "./values";

type Named = { id: string; slug: string; name?: string; shortName?: string | null };

/**
 * Loads what the file's reference columns can point to and answers by slug or (for organisations,
 * topics and regions) by name. Taxonomies and organisations are small and loaded whole; advisors
 * and programmes only as far as the file names them.
 */
export async function loadReferences(client: Db | Tx, rows: readonly KeyedRow[], columns: readonly Column[]): Promise<ReferenceResolver> {
  const wanted = (kind: ReferenceKind) =>
    columns.some((column) => (column.kind === "reference" || column.kind === "referenceList") && column.ref === kind);
  const named = (kind: ReferenceKind) => {
    const found = new Set<string>();
    for (const column of columns)
      if ((column.kind === "reference" || column.kind === "referenceList") && column.ref === kind)
        for (const { values } of rows) for (const item of cellList(values[column.key])) found.add(item.toLowerCase());
    return [...found];
  };
  const advisorSlugs = named("advisor");
  const programmeSlugs = named("programme");
  // One after the other: `client` may be a transaction, which runs one query at a time.
  const organisations = wanted("organisation") ? await client.organisation.findMany({ select: { id: true, slug: true, name: true, shortName: true } }) : [];
  const topics = wanted("topic") ? await client.topic.findMany({ select: { id: true, slug: true, name: true } }) : [];
  const regions = wanted("region") ? await client.region.findMany({ select: { id: true, slug: true, name: true } }) : [];
  const advisors = advisorSlugs.length > 0 ? await client.advisor.findMany({ where: { slug: { in: advisorSlugs } }, select: { id: true, slug: true } }) : [];
  const programmes = programmeSlugs.length > 0 ? await client.programme.findMany({ where: { slug: { in: programmeSlugs } }, select: { id: true, slug: true } }) : [];
  const lookups: Record<ReferenceKind, Map<string, Named>> = {
    organisation: lookup(organisations),
    topic: lookup(topics),
    region: lookup(regions),
    advisor: lookup(advisors),
    programme: lookup(programmes),
  };
  const find = (kind: ReferenceKind, text: string) => {
    const entry = lookups[kind].get(normalizeName(cellText(text)));
    return entry && { id: entry.id, slug: entry.slug };
  };
  const unknown = named("organisation").filter((name) => !find("organisation", name));
  const suggestions = new Map<string, string[]>();
  for (const name of unknown.slice(0, MAX_SUGGESTED_NAMES)) suggestions.set(normalizeName(name), await closestOrganisations(client, name));
  return Object.assign(find, {
    suggest: (kind: ReferenceKind, text: string) => (kind === "organisation" ? (suggestions.get(normalizeName(text)) ?? []) : []),
  });
}

// Enough for any real file; a file naming hundreds of unknown organisations gets no suggestions
// beyond these rather than hundreds of similarity queries.
const MAX_SUGGESTED_NAMES = 50;
const SIMILARITY_FLOOR = 0.2;

/** Up to three organisation names closest to `text` by trigram similarity of name, short name or slug. */
async function closestOrganisations(client: Db | Tx, text: string): Promise<string[]> {
  const rows = await client.$queryRaw<{ name: string }[]>`
    SELECT name FROM (
      SELECT name, GREATEST(similarity(lower(name), lower(${text})), similarity(lower(coalesce("shortName", '')), lower(${text})), similarity(slug, lower(${text}))) AS score
      FROM "Organisation"
    ) AS scored
    WHERE score >= ${SIMILARITY_FLOOR}
    ORDER BY score DESC, name
    LIMIT 3`;
  return rows.map((row) => row.name);
}

// Slugs win over names: a name that happens to equal another entry's slug must not shadow it.
function lookup(entries: readonly Named[]): Map<string, Named> {
  const map = new Map<string, Named>();
  for (const entry of entries) {
    for (const name of [entry.name, entry.shortName]) if (name) map.set(normalizeName(name), entry);
  }
  for (const entry of entries) map.set(entry.slug.toLowerCase(), entry);
  return map;
}
