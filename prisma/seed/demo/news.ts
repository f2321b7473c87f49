import type { Db } from "@/lib/db/client";
import { noTranslations } from "@/lib/content/translations";
import { NEWS_TRANSLATED } from "@/lib/news/schema";
import { newsTranslations } from "../data/event-news-translations";
import { news } from "../data/news";
import type { SeedClock } from "../relative-dates";

const bySlug = (slugs: readonly string[] = []) => slugs.map((slug) => ({ slug }));

/** Upserts the demo news by slug; links are reset to the data's lists. */
export async function seedNews(db: Db, clock: SeedClock) {
  for (const n of news) {
    const data = {
      title: n.title,
      kind: n.kind,
      summary: n.summary,
      body: n.body,
      ...noTranslations(NEWS_TRANSLATED),
      ...newsTranslations[n.slug],
      newsDate: clock.day(-n.daysAgo),
      roadmapPhase: n.roadmapPhase ?? null,
      status: "PUBLISHED" as const,
      publishedAt: clock.instant(n.daysAgo, 9),
      lastVerifiedAt: clock.instant(n.daysAgo, 9),
    };
    const links = { topics: bySlug(n.topics), programmes: bySlug(n.programmes), initiatives: bySlug(n.initiatives), events: bySlug(n.events) };
    await db.newsItem.upsert({
      where: { slug: n.slug },
      create: { slug: n.slug, ...data, topics: { connect: links.topics }, programmes: { connect: links.programmes }, initiatives: { connect: links.initiatives }, events: { connect: links.events } },
      update: { ...data, topics: { set: links.topics }, programmes: { set: links.programmes }, initiatives: { set: links.initiatives }, events: { set: links.events } },
    });
  }
}
