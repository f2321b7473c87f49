import "server-only";
import { db } from "@/lib/db/client";
import { publishedOnly } from "@/lib/publication";
import { LINK_TITLE_SELECT } from "@/lib/content/translations";
import { optionalDateColumnDay } from "@/lib/dates";
import type { VerifiedEntryDTO } from "./dto";

/** How many entries "Aktuell und geprüft" shows. */
export const START_PAGE_VERIFIED = 6;

const TYPE_ORDER = { programme: 0, advisor: 1, provider: 2, event: 3, initiative: 4, news: 5 } as const;

/**
 * The published entries of all types the editors checked against their source most recently,
 * newest check first. Entries never checked (lastVerifiedAt null) are not "geprüft" and are left
 * out. Each type contributes at most `limit`, so the merge needs no more than that from each.
 */
export async function listRecentlyVerified(limit = START_PAGE_VERIFIED): Promise<VerifiedEntryDTO[]> {
  const take = Math.max(0, Math.floor(limit));
  if (take === 0) return [];
  const where = { ...publishedOnly(), lastVerifiedAt: { not: null } };
  const orderBy = [{ lastVerifiedAt: "desc" as const }, { slug: "asc" as const }];
  const [programmes, advisors, providers] = await Promise.all([
    db.programme.findMany({ where, orderBy, take, select: { ...LINK_TITLE_SELECT, lastVerifiedAt: true, applicationStart: true, deadline: true } }),
    db.advisor.findMany({ where, orderBy, take, select: { slug: true, name: true, kind: true, lastVerifiedAt: true } }),
    db.provider.findMany({ where, orderBy, take, select: { slug: true, name: true, lastVerifiedAt: true } }),
  ]);
  const entries: VerifiedEntryDTO[] = [
    ...programmes.map((row) => ({
      type: "programme" as const,
      slug: row.slug,
      title: row.title,
      titleFr: row.titleFr,
      titleEn: row.titleEn,
      verifiedAt: row.lastVerifiedAt!.toISOString(),
      days: { applicationStart: optionalDateColumnDay(row.applicationStart), deadline: optionalDateColumnDay(row.deadline) },
    })),
    ...advisors.map((row) => ({
      type: "advisor" as const,
      slug: row.slug,
      title: row.name,
      ...(row.kind === "PERSON" && { personalName: true as const }),
      verifiedAt: row.lastVerifiedAt!.toISOString(),
    })),
    ...providers.map((row) => ({ type: "provider" as const, slug: row.slug, title: row.name, verifiedAt: row.lastVerifiedAt!.toISOString() })),
  ];
  return entries
    .sort((a, b) => b.verifiedAt.localeCompare(a.verifiedAt) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.slug.localeCompare(b.slug))
    .slice(0, take);
}
