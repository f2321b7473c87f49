import type { Metadata } from "next";
import { localSubscriptionPaths } from "@/lib/subscriptions/language";
import { getTranslations } from "next-intl/server";
import { NewsCard } from "@/components/news/news-card";
import { facetFilterGroups } from "@/components/search/facet-groups";
import { ListLayout } from "@/components/search/list-layout";
import { FACETS } from "@/lib/facets/registry";
import { getFacetData } from "@/lib/listing/facet-data";
import type { RawSearchParams } from "@/lib/listing/params";
import { getNewsCards } from "@/lib/news/cached";
import { NEWS_SORTS, parseNewsListQuery, searchNews } from "@/lib/news/listing";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const PATH = "/aktuelles";
export const FEED_PATH = "/aktuelles/feed.xml";

/** The feed of the chosen Themenfeld when exactly one is chosen, else the feed of all news. */
function feedHref(topics: readonly string[] | undefined): string {
  return topics?.length === 1 ? `${FEED_PATH}?${new URLSearchParams({ [FACETS.topic.param]: topics[0]! })}` : FEED_PATH;
}

export async function newsListMetadata(): Promise<Metadata> {
  const [t, local] = await Promise.all([getTranslations("news.list"), localSubscriptionPaths()]);
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: PATH, feeds: { "application/atom+xml": [{ url: local(FEED_PATH), title: t("feedTitle") }] } });
}

/**
 * The news list for given parameters; rendered per request (text words) or cached per canonical
 * query. The list is small, so text words and filters are matched in memory (lib/news/listing.ts).
 */
export async function NewsListPage({ raw }: { raw: RawSearchParams }) {
  const [cards, { options, slugs }, t, ts, local] = await Promise.all([
    getNewsCards(),
    getFacetData("news"),
    getTranslations("news.list"),
    getTranslations("search.sort"),
    localSubscriptionPaths(),
  ]);
  const query = parseNewsListQuery(raw, slugs);
  const result = searchNews(cards, query);
  const groups = await facetFilterGroups("news", query.filters, result.counts, options);
  const topics = query.filters[FACETS.topic.param];
  return (
    <ListLayout
      path={PATH}
      raw={raw}
      title={t("title")}
      intro={
        <>
          <p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>
          <p className="mt-2">
            <a href={local(feedHref(topics))} type="application/atom+xml">
              {topics?.length === 1 ? t("topicFeed") : t("feed")}
            </a>
          </p>
        </>
      }
      query={query}
      sortOptions={NEWS_SORTS.map((value) => ({ value, label: ts(value) }))}
      groups={groups}
      result={result}
    >
      {result.items.map((item) => (
        <NewsCard key={item.slug} item={item} headingLevel="h2" />
      ))}
    </ListLayout>
  );
}
