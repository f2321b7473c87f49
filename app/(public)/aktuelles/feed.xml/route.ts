import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { FACETS } from "@/lib/facets/registry";
import { DEFAULT_LOCALE } from "@/lib/i18n/config";
import { getNewsCards } from "@/lib/news/cached";
import { buildNewsFeed } from "@/lib/news/feed";
import { filterNews } from "@/lib/news/listing";
import { absoluteUrl, siteHost } from "@/lib/subscriptions/links";
import { atomResponse } from "@/lib/subscriptions/responses";
import { getTopics } from "@/lib/taxonomy/cached";

const LIST_PATH = "/aktuelles";
const FEED_PATH = "/aktuelles/feed.xml";

// All news, or those of one Themenfeld (?thema=<slug>), as an Atom feed, newest first. Generated
// per request from the cached card read (edits invalidate it by tag), like the programme feeds.
// An unknown Themenfeld answers 404 instead of an empty feed a reader would keep polling.
export async function GET(request: NextRequest) {
  const wanted = request.nextUrl.searchParams.get(FACETS.topic.param);
  const [cards, topics, t, site] = await Promise.all([
    getNewsCards(),
    getTopics(),
    getTranslations({ locale: DEFAULT_LOCALE, namespace: "news.list" }),
    getTranslations({ locale: DEFAULT_LOCALE, namespace: "common.site" }),
  ]);
  const topic = wanted ? topics.find((x) => x.slug === wanted) : null;
  if (wanted && !topic) return new Response("Unbekanntes Themenfeld", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const query = topic ? `?${new URLSearchParams({ [FACETS.topic.param]: topic.slug })}` : "";
  const items = topic ? filterNews(cards, { q: "", filters: { [FACETS.topic.param]: [topic.slug] } }).matches : cards;
  const body = buildNewsFeed(
    {
      title: topic ? t("feedTopicTitle", { topic: topic.name }) : t("feedTitle"),
      selfUrl: absoluteUrl(env.SITE_URL, `${FEED_PATH}${query}`),
      pageUrl: absoluteUrl(env.SITE_URL, `${LIST_PATH}${query}`),
      author: { name: site("name"), url: absoluteUrl(env.SITE_URL, "/") },
      idDomain: siteHost(env.SITE_URL),
      itemUrl: (slug) => absoluteUrl(env.SITE_URL, `${LIST_PATH}/${slug}`),
      items,
    },
    // nothing published yet: the feed is as new as this answer
    new Date(),
  );
  return atomResponse(body);
}
