import "server-only";
import { CONTENT_TAGS, entryTags } from "@/lib/content/cache-tags";
import type { Tx } from "@/lib/db/client";

// The cache tags the public programme reads use (lib/programme/cached.ts), plus those of the
// linked advisors: an advisor's page lists its programmes.
export function programmeTags(slugs: readonly string[], advisorSlugs: readonly string[]): string[] {
  return [...entryTags(CONTENT_TAGS.programme, slugs), ...(advisorSlugs.length ? entryTags(CONTENT_TAGS.advisor, advisorSlugs) : [])];
}

/**
 * The slugs of the programmes that name this one as successor or alternative: their pages show
 * its title and status, so a change to it must expire them (not only the "programmes" tag).
 */
export async function predecessorSlugs(tx: Tx, id: string): Promise<string[]> {
  return (await tx.programme.findMany({ where: { successors: { some: { id } } }, select: { slug: true } })).map((p) => p.slug);
}

/** The slugs of the given advisors, for their tags. */
export async function advisorSlugs(tx: Tx, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  return (await tx.advisor.findMany({ where: { id: { in: [...ids] } }, select: { slug: true } })).map((a) => a.slug);
}
