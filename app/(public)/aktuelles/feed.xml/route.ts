import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { FACETS } from "@/lib/facets/registry";
import { localizedTitleAndSummary } from "@/lib/content/translations";
import { localizedPublicUrl } from "@/lib/seo/site-url";
import { getNewsCards } from "@/lib/news/cached";
import { buildNewsFeed } from "@/lib/news/feed";
import { filterNews } from "@/lib/news/listing";
import { subscriptionLocale } from "@/lib/subscriptions/language";
import { absoluteUrl, siteHost, withSubscriptionLocale } from "@/lib/subscriptions/links";
import { atomResponse } from "@/lib/subscriptions/responses";
import { getTopics } from "@/lib/taxonomy/cached";

const LIST_PATH = "/aktuelles";
const FEED_PATH = "/aktuelles/feed.xml";

// All news, or those of one Themenfeld (?thema=<slug>), as an Atom feed, newest first. Generated
// per request from the cached card read (edits invalidate it by tag), like the programme feeds.
// An unknown Themenfeld answers 404 instead of an empty feed a reader would keep polling.
// `lang=fr|en`: in that language (lib/subscriptions/language.ts).
export async function GET(request: NextRequest) {
  const language = await subscriptionLocale(request.nextUrl.searchParams);
  if ("refusal" in language) return language.refusal;
  const { locale } = language;
  const wanted = request.nextUrl.searchParams.get(FACETS.topic.param);
  const [cards, topics, t, site] = await Promise.all([
    getNewsCards(),
    getTopics(),
    getTranslations({ locale, namespace: "news.list" }),
    getTranslations({ locale, namespace: "common.site" }),
  ]);
  const topic = wanted ? topics.find((x) => x.slug === wanted) : null;
  if (wanted && !topic) return new Response("Unbekanntes Themenfeld", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const query = topic ? `?${new URLSearchParams({ [FACETS.topic.param]: topic.slug })}` : "";
  const items = topic ? filterNews(cards, { q: "", filters: { [FACETS.topic.param]: [topic.slug] } }).matches : cards;
  const page = (path: string) => localizedPublicUrl(path, locale);
  const body = buildNewsFeed(
    {
      language: locale,
      title: topic ? t("feedTopicTitle", { topic: topic.name }) : t("feedTitle"),
      selfUrl: absoluteUrl(env.SITE_URL, withSubscriptionLocale(`${FEED_PATH}${query}`, locale)),
      pageUrl: page(`${LIST_PATH}${query}`),
      author: { name: site("name"), url: page("/") },
      idDomain: siteHost(env.SITE_URL),
      itemUrl: (slug) => page(`${LIST_PATH}/${slug}`),
      items: items.map((item) => ({ ...item, ...localizedTitleAndSummary(item, locale) })),
    },
    // nothing published yet: the feed is as new as this answer
    new Date(),
  );
  return atomResponse(body);
}
