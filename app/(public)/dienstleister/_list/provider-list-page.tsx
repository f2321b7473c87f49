import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { providerFilterGroups } from "@/components/provider/filter-groups";
import { ProviderCard } from "@/components/provider/provider-card";
import { ActiveFilters } from "@/components/search/active-filters";
import { FilterForm } from "@/components/search/filter-form";
import { Pagination } from "@/components/search/pagination";
import { NoResults, ResultSummary } from "@/components/search/result-summary";
import { SortForm } from "@/components/search/sort-form";
import type { RawSearchParams } from "@/lib/listing/params";
import { getProviderCards } from "@/lib/provider/cached";
import { PROVIDER_SORTS, parseProviderListQuery, searchProviders } from "@/lib/provider/listing";
import { kreiseOf } from "@/lib/taxonomy/kreise";
import { getRegions } from "@/lib/taxonomy/cached";

export const PATH = "/dienstleister";

export async function providerListMetadata(): Promise<Metadata> {
  const t = await getTranslations("providers.list");
  return { title: t("title"), description: t("metaDescription"), alternates: { canonical: PATH } };
}

/** A provider's seat is always in one of the five Kreise; wider scopes make no sense here. */
export async function getProviderFacetSources() {
  const kreise = kreiseOf(await getRegions());
  return { kreise, slugs: { kreise: kreise.map((x) => x.slug) } };
}

/** The provider list for given parameters; rendered per request or cached per canonical query. */
export async function ProviderListPage({ raw }: { raw: RawSearchParams }) {
  const [cards, { kreise, slugs }, t] = await Promise.all([getProviderCards(), getProviderFacetSources(), getTranslations("providers.list")]);
  const query = parseProviderListQuery(raw, slugs);
  const result = searchProviders(cards, query);
  const groups = await providerFilterGroups(query, result.counts, kreise);

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
              options={PROVIDER_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
            />
          </div>
          <div className="mt-4">
            <ActiveFilters action={PATH} raw={raw} groups={groups} />
          </div>
          {result.items.map((provider) => (
            <ProviderCard key={provider.slug} provider={provider} />
          ))}
          {result.total === 0 && <NoResults resetHref={PATH} />}
          <Pagination action={PATH} raw={raw} page={result.page} pages={result.pages} />
        </section>
      </div>
    </>
  );
}
