import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListLayout } from "@/components/search/list-layout";
import { AdvisorCard } from "@/components/advisor/advisor-card";
import { facetFilterGroups } from "@/components/search/facet-groups";
import { getAdvisorCards } from "@/lib/advisor/cached";
import type { AdvisorCardDTO } from "@/lib/advisor/dto";
import { ADVISOR_PAGE_SIZE, ADVISOR_SORTS, parseAdvisorListQuery, searchAdvisors, type AdvisorListQuery } from "@/lib/advisor/listing";
import { getFacetData } from "@/lib/listing/facet-data";
import type { RawSearchParams } from "@/lib/listing/params";
import { engineListSearch } from "@/lib/search/page/list-text-search";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const PATH = "/berater";

export async function advisorListMetadata(): Promise<Metadata> {
  const t = await getTranslations("advisors.list");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: PATH });
}

/** The advisor list for given parameters; rendered per request or cached per canonical query. */
export async function AdvisorListPage({ raw }: { raw: RawSearchParams }) {
  const [cards, { options, slugs }, t] = await Promise.all([getAdvisorCards(), getFacetData("advisor"), getTranslations("advisors.list")]);
  const query = parseAdvisorListQuery(raw, slugs);
  const result = (query.q && (await textSearch(cards, query, slugs.kreise))) || searchAdvisors(cards, query, slugs.kreise);
  const groups = await facetFilterGroups("advisor", query.filters, result.counts, options);

  return (
    <ListLayout
      path={PATH}
      raw={raw}
      title={t("title")}
      intro={
        <>
          <p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>
          <p className="mt-2 max-w-3xl text-muted">{t("regionHint")}</p>
        </>
      }
      query={query}
      sortOptions={ADVISOR_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
      groups={groups}
      result={result}
    >
      {result.items.map((advisor) => (
        <AdvisorCard key={advisor.slug} advisor={advisor} kreise={options.kreise} />
      ))}
    </ListLayout>
  );
}

/**
 * A text search (q) through the search engine; null if it is unavailable. The engine finds the
 * matches and counts the facets; the list sorts them itself (names ignore academic titles, and the
 * engine has no order by organisation).
 */
async function textSearch(cards: AdvisorCardDTO[], query: AdvisorListQuery, kreise: readonly string[]) {
  const found = await engineListSearch({
    type: "advisor",
    q: query.q,
    selection: query.filters,
    sort: null,
    page: 1,
    pageSize: ADVISOR_PAGE_SIZE,
    cards,
  });
  if (!found) return null;
  return { ...searchAdvisors(found.matches, { ...query, q: "" }, kreise), counts: found.counts };
}
