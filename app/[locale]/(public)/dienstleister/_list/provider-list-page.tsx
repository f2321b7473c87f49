import type { Metadata } from "next";
import { Link } from "@/components/navigation/link";
import { getTranslations } from "next-intl/server";
import { ListLayout } from "@/components/search/list-layout";
import { facetFilterGroups } from "@/components/search/facet-groups";
import { ProviderCard } from "@/components/provider/provider-card";
import { getFacetData } from "@/lib/listing/facet-data";
import type { RawSearchParams } from "@/lib/listing/params";
import { getProviderCards } from "@/lib/provider/cached";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { PROVIDER_PAGE_SIZE, PROVIDER_SORTS, parseProviderListQuery, searchProviders, type ProviderListQuery, type ProviderSort } from "@/lib/provider/listing";
import { engineListSearch } from "@/lib/search/page/list-text-search";
import type { SearchSort } from "@/lib/search/types";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const PATH = "/dienstleister";

export async function providerListMetadata(): Promise<Metadata> {
  const t = await getTranslations("providers.list");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: PATH });
}

/** The provider list for given parameters; rendered per request or cached per canonical query. */
export async function ProviderListPage({ raw }: { raw: RawSearchParams }) {
  const [cards, { options, slugs }, t] = await Promise.all([getProviderCards(), getFacetData("provider"), getTranslations("providers.list")]);
  const query = parseProviderListQuery(raw, slugs);
  const result = (query.q && (await textSearch(cards, query))) || searchProviders(cards, query);
  const groups = await facetFilterGroups("provider", query.filters, result.counts, options);

  return (
    <ListLayout
      path={PATH}
      raw={raw}
      title={t("title")}
      intro={
        <>
          <p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>
          <p className="mt-2">
            <Link href="/dienstleister/eintragen" className="font-semibold">
              {(await getTranslations("signup.form"))("title")}
            </Link>
          </p>
        </>
      }
      query={query}
      sortOptions={PROVIDER_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
      groups={groups}
      result={result}
    >
      {result.items.map((provider) => (
        <ProviderCard key={provider.slug} provider={provider} />
      ))}
    </ListLayout>
  );
}

/** The engine's order for each list order; "ort" (by town) only the list can do. */
const ENGINE_SORT: Record<ProviderSort, SearchSort | null> = { "a-z": "title", neu: "newest", ort: null };

/** A text search (q) through the search engine; null if it is unavailable. */
async function textSearch(cards: ProviderCardDTO[], query: ProviderListQuery) {
  const sort = ENGINE_SORT[query.sort];
  const found = await engineListSearch({
    type: "provider",
    q: query.q,
    selection: query.filters,
    sort,
    page: query.page,
    pageSize: PROVIDER_PAGE_SIZE,
    cards,
  });
  if (!found) return null;
  if (sort) return { ...found, items: found.matches };
  return { ...searchProviders(found.matches, { ...query, q: "" }), counts: found.counts };
}
