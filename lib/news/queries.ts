import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { RoadmapPhase } from "@/lib/db/enums";
import { berlinDay, dateColumnDay } from "@/lib/dates";
import { publishedOnly } from "@/lib/publication";
import type { NewsCardDTO, NewsDetailDTO, RoadmapPhaseNewsDTO } from "./dto";
import { LINK_TITLE_SELECT, translationSelect } from "@/lib/content/translations";

// Public reads: published news only. The date readers see is the stored newsDate or, when the
// editors left it empty, the Berlin day the item went live (so it never changes afterwards).

type DatedRow = { newsDate: Date | null; publishedAt: Date | null; createdAt: Date };
export const shownDate = (row: DatedRow): string => (row.newsDate ? dateColumnDay(row.newsDate) : berlinDay(row.publishedAt ?? row.createdAt));

/** Newest first by the shown date, then by the instant it went live. */
export const byNewest = (a: Pick<NewsCardDTO, "date" | "publishedAt" | "title">, b: Pick<NewsCardDTO, "date" | "publishedAt" | "title">) =>
  b.date.localeCompare(a.date) || b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title, "de");

const cardSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  summary: true,
  ...translationSelect(["title", "summary"]),
  newsDate: true,
  roadmapPhase: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  topics: { select: { slug: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.NewsItemSelect;

async function readCards(where: Prisma.NewsItemWhereInput): Promise<NewsCardDTO[]> {
  const rows = await db.newsItem.findMany({ where, select: cardSelect });
  return rows
    .map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      kind: row.kind,
      summary: row.summary,
      titleFr: row.titleFr,
      titleEn: row.titleEn,
      summaryFr: row.summaryFr,
      summaryEn: row.summaryEn,
      date: shownDate(row),
      topicSlugs: row.topics.map((t) => t.slug),
      roadmapPhase: row.roadmapPhase,
      publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    }))
    .sort(byNewest);
}

/** Every published news item as a card, newest first (the list page and the feed filter in memory). */
export function listPublishedNewsCards(): Promise<NewsCardDTO[]> {
  return readCards(publishedOnly());
}

/** The cards of some published news items (one page of search hits). */
export function listPublishedNewsCardsBySlugs(slugs: readonly string[]): Promise<NewsCardDTO[]> {
  return readCards({ ...publishedOnly(), slug: { in: [...slugs] } });
}

/** The newest published news of one Themenfeld and how many it has (the /themen/<slug> page). */
export async function listPublishedNewsForTopic(topicSlug: string, take: number): Promise<{ entries: NewsCardDTO[]; total: number }> {
  const cards = await readCards({ ...publishedOnly(), topics: { some: { slug: topicSlug } } });
  return { entries: cards.slice(0, take), total: cards.length };
}

/** Published news that name a roadmap phase, grouped by phase in roadmap order, newest first inside a phase. */
export async function listPublishedNewsByRoadmapPhase(): Promise<RoadmapPhaseNewsDTO[]> {
  const cards = await readCards({ ...publishedOnly(), roadmapPhase: { not: null } });
  return Object.values(RoadmapPhase).map((phase) => ({
    phase,
    news: cards.filter((c) => c.roadmapPhase === phase).map(({ slug, title, titleFr, titleEn, date, summary }) => ({ slug, title, titleFr, titleEn, date, summary })),
  }));
}

/** What the public detail page shows; the editor preview reads a draft with the same select. */
export const newsDetailSelect = {
  slug: true,
  title: true,
  kind: true,
  summary: true,
  body: true,
  ...translationSelect(["title", "summary", "body"]),
  newsDate: true,
  roadmapPhase: true,
  publishedAt: true,
  createdAt: true,
  lastVerifiedAt: true,
  updatedAt: true,
  topics: { select: { slug: true, name: true, description: true }, orderBy: { sortOrder: "asc" } },
  // The news item is public, but a linked entry may still be a draft or archived.
  programmes: { where: publishedOnly(), orderBy: { title: "asc" }, select: LINK_TITLE_SELECT },
  initiatives: { where: publishedOnly(), orderBy: { title: "asc" }, select: LINK_TITLE_SELECT },
  events: { where: publishedOnly(), orderBy: { startsAt: "asc" }, select: LINK_TITLE_SELECT },
} satisfies Prisma.NewsItemSelect;

type NewsDetailRow = Prisma.NewsItemGetPayload<{ select: typeof newsDetailSelect }>;

export function toNewsDetailDTO(row: NewsDetailRow): NewsDetailDTO {
  const { newsDate, createdAt, publishedAt, lastVerifiedAt, updatedAt, ...rest } = row;
  return {
    ...rest,
    date: shownDate({ newsDate, publishedAt, createdAt }),
    publishedAt: publishedAt?.toISOString() ?? null,
    lastVerifiedAt: lastVerifiedAt?.toISOString() ?? null,
    updatedAt: updatedAt.toISOString(),
  };
}

export async function getPublishedNewsBySlug(slug: string): Promise<NewsDetailDTO | null> {
  const row = await db.newsItem.findFirst({ where: { slug, ...publishedOnly() }, select: newsDetailSelect });
  return row && toNewsDetailDTO(row);
}
