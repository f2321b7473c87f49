import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActiveFilters } from "@/components/search/active-filters";
import { FilterForm } from "@/components/search/filter-form";
import { Pagination } from "@/components/search/pagination";
import { NoResults, ResultSummary } from "@/components/search/result-summary";
import { SortForm } from "@/components/search/sort-form";
import { ProgrammeCard } from "@/components/programme/programme-card";
import { programmeFilterGroups } from "@/components/programme/filter-groups";
import type { RawSearchParams } from "@/lib/listing/params";
import { getProgrammeCards } from "@/lib/programme/cached";
import { PROGRAMME_SORTS, parseProgrammeListQuery, searchProgrammes } from "@/lib/programme/listing";
import { getRegions, getTopics } from "@/lib/taxonomy/cached";
import { kreiseOf } from "@/lib/taxonomy/kreise";

export const PATH = "/foerderprogramme";

export async function programmeListMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.list");
  return { title: t("title"), description: t("metaDescription"), alternates: { canonical: PATH } };
}

/** The facet values that exist now (topics, Kreise), for parsing and canonical URLs. */
export async function getProgrammeFacetSources() {
  const [topics, regions] = await Promise.all([getTopics(), getRegions()]);
  const kreise = kreiseOf(regions);
  return { topics, kreise, slugs: { topics: topics.map((x) => x.slug), kreise: kreise.map((x) => x.slug) } };
}

/** The programme list for given parameters; rendered per request or cached per canonical query. */
export async function ProgrammeListPage({ raw }: { raw: RawSearchParams }) {
  const [cards, sources, t] = await Promise.all([getProgrammeCards(), getProgrammeFacetSources(), getTranslations("programmes.list")]);
  const query = parseProgrammeListQuery(raw, sources.slugs);
  const result = searchProgrammes(cards, query, sources.slugs.kreise);
  const groups = await programmeFilterGroups(query, result.counts, sources.topics, sources.kreise);

  return (
    <>
      <h1 className="text-3xl font-bold md:text-4xl">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>
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
              options={PROGRAMME_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
            />
          </div>
          <div className="mt-4">
            <ActiveFilters action={PATH} raw={raw} groups={groups} />
          </div>
          {result.items.map((programme) => (
            <ProgrammeCard key={programme.slug} programme={programme} />
          ))}
          {result.total === 0 && <NoResults resetHref={PATH} />}
          <Pagination action={PATH} raw={raw} page={result.page} pages={result.pages} />
        </section>
      </div>
    </>
  );
}
