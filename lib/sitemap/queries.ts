import "server-only";
import { db } from "@/lib/db/client";
import { publishedOnly } from "@/lib/publication";

export type SitemapEntry = { path: string; lastModified: string };

const byChange = { orderBy: [{ updatedAt: "desc" as const }, { slug: "asc" as const }] };
const slugAndChange = { select: { slug: true, updatedAt: true } };

function entries(prefix: string, rows: { slug: string; updatedAt: Date }[]): SitemapEntry[] {
  return rows.map((row) => ({ path: `${prefix}/${row.slug}`, lastModified: row.updatedAt.toISOString() }));
}

/**
 * Every published entry's page with the time it last changed (an edit or a check: both change what
 * the page shows, "geprüft am" included). Strings, not Dates: the result is cached as JSON.
 */
export async function listPublishedPages(): Promise<{ programmes: SitemapEntry[]; advisors: SitemapEntry[]; providers: SitemapEntry[] }> {
  const [programmes, advisors, providers] = await Promise.all([
    db.programme.findMany({ where: publishedOnly(), ...slugAndChange, ...byChange }),
    db.advisor.findMany({ where: publishedOnly(), ...slugAndChange, ...byChange }),
    db.provider.findMany({ where: publishedOnly(), ...slugAndChange, ...byChange }),
  ]);
  return {
    programmes: entries("/foerderprogramme", programmes),
    advisors: entries("/berater", advisors),
    providers: entries("/dienstleister", providers),
  };
}
