import "server-only";
import { db } from "@/lib/db/client";
import { publishedOnly } from "@/lib/publication";

export type SitemapEntry = { path: string; lastModified: string };

const byChange = { orderBy: [{ updatedAt: "desc" as const }, { slug: "asc" as const }] };
const slugAndChange = { select: { slug: true, updatedAt: true } };
const latestPublished = { where: publishedOnly(), select: { updatedAt: true }, orderBy: { updatedAt: "desc" as const }, take: 1 };

function entries(prefix: string, rows: { slug: string; updatedAt: Date }[]): SitemapEntry[] {
  return rows.map((row) => ({ path: `${prefix}/${row.slug}`, lastModified: row.updatedAt.toISOString() }));
}

export type EventSitemapEntry = SitemapEntry & { endsAt: string };

export type PublishedPageLists = {
  programmes: SitemapEntry[];
  advisors: SitemapEntry[];
  providers: SitemapEntry[];
  /** upcoming and past: a past event's page stays (the archive); the end splits the two lists at request time */
  events: EventSitemapEntry[];
  initiatives: SitemapEntry[];
  news: SitemapEntry[];
  /** Themenfeld pages; a field carries no change time of its own, so each is dated by its latest published entry */
  topics: { path: string; lastModified?: string }[];
};

function newest(dates: (Date | undefined)[]): string | undefined {
  const times = dates.filter((date): date is Date => date !== undefined).map((date) => date.getTime());
  return times.length ? new Date(Math.max(...times)).toISOString() : undefined;
}

/**
 * Every published entry's page with the time it last changed (an edit or a check: both change what
 * the page shows, "geprüft am" included). Strings, not Dates: the result is cached as JSON.
 */
export async function listPublishedPages(): Promise<PublishedPageLists> {
  const [programmes, advisors, providers, events, initiatives, news, topics] = await Promise.all([
    db.programme.findMany({ where: publishedOnly(), ...slugAndChange, ...byChange }),
    db.advisor.findMany({ where: publishedOnly(), ...slugAndChange, ...byChange }),
    db.provider.findMany({ where: publishedOnly(), ...slugAndChange, ...byChange }),
    db.event.findMany({ where: publishedOnly(), select: { slug: true, updatedAt: true, endsAt: true }, ...byChange }),
    db.initiative.findMany({ where: publishedOnly(), ...slugAndChange, ...byChange }),
    db.newsItem.findMany({ where: publishedOnly(), ...slugAndChange, ...byChange }),
    db.topic.findMany({
      select: {
        slug: true,
        programmes: latestPublished,
        advisors: latestPublished,
        events: latestPublished,
        initiatives: latestPublished,
      },
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
    }),
  ]);
  return {
    programmes: entries("/foerderprogramme", programmes),
    advisors: entries("/berater", advisors),
    providers: entries("/dienstleister", providers),
    events: events.map((event) => ({ path: `/veranstaltungen/${event.slug}`, lastModified: event.updatedAt.toISOString(), endsAt: event.endsAt.toISOString() })),
    initiatives: entries("/initiativen", initiatives),
    news: entries("/aktuelles", news),
    topics: topics.map((topic) => ({
      path: `/themen/${topic.slug}`,
      lastModified: newest([topic.programmes[0]?.updatedAt, topic.advisors[0]?.updatedAt, topic.events[0]?.updatedAt, topic.initiatives[0]?.updatedAt]),
    })),
  };
}
