import { getTranslations } from "next-intl/server";
import { ActiveFilters } from "@/components/search/active-filters";
import { FilterForm, type FilterGroup } from "@/components/search/filter-form";
import { Pagination } from "@/components/search/pagination";
import { ResultSummary } from "@/components/search/result-summary";
import { SearchAlertLink } from "@/components/search/search-alert-link";
import { SearchBrowse } from "@/components/search/search-browse";
import { SearchEmpty } from "@/components/search/search-empty";
import { SortForm } from "@/components/search/sort-form";
import type { KreisRef } from "@/lib/taxonomy/kreise";
import { PARAM_BY_TYPE, SEARCH_PAGE_SIZE, SORTS_BY_TYPE, hasFilters, toRawParams, type SearchParams } from "@/lib/search/query-params";
import type { SearchDocType } from "@/lib/search/types";
import type { TopicDTO } from "@/lib/taxonomy/dto";
import { SEARCH_PATH, searchAlertHref, typeHref, withoutFiltersHref } from "@/lib/search/page/links";
import type { TypedSearch } from "@/lib/search/page/run-search";
import { SearchHeading } from "./heading";
import { PageHit } from "./page-hit";
import { TypeNav } from "./type-nav";

interface Props {
  params: SearchParams & { type: SearchDocType };
  search: TypedSearch;
  groups: FilterGroup[];
  topics: TopicDTO[];
  kreise: readonly KreisRef[];
}

/** One type: the directory's filters with the engine's counts, order, pages (like the list pages). */
export async function TypedResults({ params, search, groups, topics, kreise }: Props) {
  const t = await getTranslations("search.sort");
  const { result, page, pages } = search;
  const raw = toRawParams({ ...params, page });
  const now = new Date();
  const alertHref = searchAlertHref(params);
  return (
    <>
      <SearchHeading params={params} correctedText={result.correctedText} />
      <TypeNav params={params} countsByType={search.countsByType} />
      <div className="mt-8 grid gap-8 md:grid-cols-[18rem_1fr]">
        <aside className="min-w-0">
          <FilterForm action={SEARCH_PATH} query={params.q} sort={params.sort} groups={groups} resultsId="ergebnisse" hidden={{ typ: PARAM_BY_TYPE[params.type] }} />
        </aside>
        <section id="ergebnisse" aria-labelledby="ergebnisse-heading" tabIndex={-1} className="min-w-0">
          <div className="flex flex-wrap items-end justify-between gap-4 border-b-2 border-ink pb-3">
            <ResultSummary headingId="ergebnisse-heading" total={result.total} start={(page - 1) * SEARCH_PAGE_SIZE} shown={result.hits.length} />
            <SortForm action={SEARCH_PATH} raw={raw} current={params.sort} options={SORTS_BY_TYPE[params.type].map((value) => ({ value, label: t(value) }))} />
          </div>
          <div className="mt-4">
            <ActiveFilters action={SEARCH_PATH} raw={raw} groups={groups} />
          </div>
          {result.hits.map((hit) => (
            <PageHit key={hit.slug} hit={hit} cards={search.cards} now={now} kreise={kreise} />
          ))}
          {result.total === 0 && (
            <>
              <SearchEmpty
                q={params.q}
                withoutFiltersHref={hasFilters(params) ? withoutFiltersHref(params) : null}
                allTypesHref={typeHref(params, null)}
                headingLevel="h3"
              />
              <SearchBrowse topics={topics} headingLevel="h3" />
            </>
          )}
          <Pagination action={SEARCH_PATH} raw={raw} page={page} pages={pages} />
          {alertHref && <SearchAlertLink href={alertHref} q={params.q} filtered={hasFilters(params)} headingLevel="h3" />}
        </section>
      </div>
    </>
  );
}
