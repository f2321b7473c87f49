import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { addDays, berlinDay, earliestInstant, startOfBerlinDay } from "@/lib/dates";
import { expireRenderAt, tagRender } from "@/lib/cache/expire-render";
import { getEventCards } from "@/lib/event/cached";
import { nextEventEnd } from "@/lib/event/timing";
import { SEARCH_PAGE_TAGS, expireFailedSearchRender } from "@/lib/search/cache-tags";
import { facetFilterGroups } from "@/components/search/facet-groups";
import { STATUS_FACET_PARAM, facetValues } from "@/lib/facets/registry";
import { getFacetData, type FacetData } from "@/lib/listing/facet-data";
import type { RawSearchParams } from "@/lib/listing/params";
import { logSearchFailure } from "@/lib/search/page/log";
import { searchAllTypes, searchOneType } from "@/lib/search/page/run-search";
import { parseSearchPageParams, type SearchParams } from "@/lib/search/query-params";
import type { SearchDocType } from "@/lib/search/types";
import { getRegions, getTopics } from "@/lib/taxonomy/cached";
import { kreiseOf, type KreisRef } from "@/lib/taxonomy/kreise";
import { MixedResults } from "../_views/mixed-results";
import { SearchStart } from "../_views/search-start";
import { TypedResults } from "../_views/typed-results";
import { pageMetadata } from "@/lib/seo/page-metadata";

// /suche for given parameters: cached per canonical query under ../treffer/[key] (proxy.ts), or
// rendered per request by ../page.tsx when the query is too long to be a key.

export async function searchPageMetadata(raw: RawSearchParams): Promise<Metadata> {
  const t = await getTranslations("search.page");
  const { q, type } = parseSearchPageParams(raw);
  return {
    ...(await pageMetadata({ title: q ? t("titleWithQuery", { q }) : t("title"), description: q ? t("metaDescriptionWithQuery", { q }) : t("metaDescription"), path: "/suche" })),
    // Result pages are endless variations of one page; only the empty search page is indexed.
    ...(q || type ? { robots: { index: false, follow: true } } : {}),
  };
}

export async function SearchPage({ raw }: { raw: RawSearchParams }) {
  const { type } = parseSearchPageParams(raw);
  // The same facet values, labels and order as the type's directory list, so /suche?typ=… filters
  // exactly like /foerderprogramme, /berater and /dienstleister.
  const [facets, topics, regions] = await Promise.all([type ? getFacetData(type) : null, getTopics(), getRegions()]);
  const params = parseSearchPageParams(raw, type && facets ? facetValues(type, facets.slugs) : undefined);
  if (!params.q && !params.type) return <SearchStart topics={topics} />;

  const today = berlinDay();
  const kreise = kreiseOf(regions);
  let view: React.ReactNode;
  try {
    view = params.type && facets ? await typedView(params as SearchParams & { type: SearchDocType }, facets, topics, kreise, today) : await mixedView(params, topics, kreise, today);
  } catch (error) {
    logSearchFailure("search page", error);
    await expireFailedSearchRender();
    return <SearchStart q={params.q} topics={topics} unavailable />;
  }
  // Hits show statuses of today (programmes change at Berlin midnight, events when they end).
  await Promise.all([tagRender(SEARCH_PAGE_TAGS), expireRenderAt(earliestInstant([startOfBerlinDay(addDays(today, 1)), nextEventEnd(await getEventCards(), new Date())]))]);
  return view;
}

async function typedView(
  params: SearchParams & { type: SearchDocType },
  facets: FacetData<SearchDocType>,
  topics: Awaited<ReturnType<typeof getTopics>>,
  kreise: readonly KreisRef[],
  today: string,
) {
  const search = await searchOneType(params, today);
  const selection = { ...params.filters, [STATUS_FACET_PARAM]: params.statuses };
  const groups = await facetFilterGroups(params.type, selection, search.result.facetCounts, facets.options);
  return <TypedResults params={params} search={search} groups={groups} topics={topics} kreise={kreise} />;
}

async function mixedView(params: SearchParams, topics: Awaited<ReturnType<typeof getTopics>>, kreise: readonly KreisRef[], today: string) {
  return <MixedResults params={params} search={await searchAllTypes(params, today)} topics={topics} kreise={kreise} />;
}
