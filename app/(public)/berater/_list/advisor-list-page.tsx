import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdvisorCard } from "@/components/advisor/advisor-card";
import { advisorFilterGroups } from "@/components/advisor/filter-groups";
import { ActiveFilters } from "@/components/search/active-filters";
import { FilterForm } from "@/components/search/filter-form";
import { Pagination } from "@/components/search/pagination";
import { NoResults, ResultSummary } from "@/components/search/result-summary";
import { SortForm } from "@/components/search/sort-form";
import { getAdvisorCards } from "@/lib/advisor/cached";
import { ADVISOR_SORTS, advisorOrganisations, parseAdvisorListQuery, searchAdvisors } from "@/lib/advisor/listing";
import type { RawSearchParams } from "@/lib/listing/params";
import { kreiseOf } from "@/lib/taxonomy/kreise";
import { getRegions, getTopics } from "@/lib/taxonomy/cached";

export const PATH = "/berater";

export async function advisorListMetadata(): Promise<Metadata> {
  const t = await getTranslations("advisors.list");
  return { title: t("title"), description: t("metaDescription"), alternates: { canonical: PATH } };
}

/** The facet values that exist now (topics, Kreise, organisations with advisors). */
export async function getAdvisorFacetSources() {
  const [cards, topics, regions] = await Promise.all([getAdvisorCards(), getTopics(), getRegions()]);
  const kreise = kreiseOf(regions);
  const organisations = advisorOrganisations(cards);
  const slugs = { topics: topics.map((x) => x.slug), kreise: kreise.map((x) => x.slug), organisations: organisations.map((x) => x.slug) };
  return { cards, topics, kreise, organisations, slugs };
}

/** The advisor list for given parameters; rendered per request or cached per canonical query. */
export async function AdvisorListPage({ raw }: { raw: RawSearchParams }) {
  const [{ cards, topics, kreise, organisations, slugs }, t] = await Promise.all([getAdvisorFacetSources(), getTranslations("advisors.list")]);
  const query = parseAdvisorListQuery(raw, slugs);
  const result = searchAdvisors(cards, query, slugs.kreise);
  const groups = await advisorFilterGroups(query, result.counts, { topics, kreise, organisations });

  return (
    <>
      <h1 className="text-3xl font-bold md:text-4xl">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>
      <p className="mt-2 max-w-3xl text-muted">{t("regionHint")}</p>
      <div className="mt-8 grid gap-8 md:grid-cols-[18rem_1fr]">
        <aside>
          <FilterForm action={PATH} query={query.q} sort={query.sort} groups={groups} resultsId="ergebnisse" />
        </aside>
        <section id="ergebnisse" aria-labelledby="ergebnisse-heading" tabIndex={-1}>
          <div className="flex flex-wrap items-end justify-between gap-4 border-b-2 border-ink pb-3">
            <ResultSummary headingId="ergebnisse-heading" total={result.total} start={result.start} shown={result.items.length} />
            <SortForm
              action={PATH}
              raw={raw}
              current={query.sort}
              options={ADVISOR_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
            />
          </div>
          <div className="mt-4">
            <ActiveFilters action={PATH} raw={raw} groups={groups} />
          </div>
          {result.items.map((advisor) => (
            <AdvisorCard key={advisor.slug} advisor={advisor} />
          ))}
          {result.total === 0 && <NoResults resetHref={PATH} />}
          <Pagination action={PATH} raw={raw} page={result.page} pages={result.pages} />
        </section>
      </div>
    </>
  );
}
