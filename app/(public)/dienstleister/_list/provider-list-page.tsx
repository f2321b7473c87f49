import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ListLayout } from "@/components/search/list-layout";
import { providerFilterGroups } from "@/components/provider/filter-groups";
import { ProviderCard } from "@/components/provider/provider-card";
import type { RawSearchParams } from "@/lib/listing/params";
import { getProviderCards } from "@/lib/provider/cached";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { PROVIDER_PAGE_SIZE, PROVIDER_SORTS, parseProviderListQuery, searchProviders, type ProviderListQuery, type ProviderSort } from "@/lib/provider/listing";
import type { SearchSort } from "@/lib/search/types";
import { kreiseOf } from "@/lib/taxonomy/kreise";
import { getRegions } from "@/lib/taxonomy/cached";
import { engineListSearch } from "../../suche/_lib/list-text-search";

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
  const result = (query.q && (await textSearch(cards, query))) || searchProviders(cards, query);
  const groups = await providerFilterGroups(query, result.counts, kreise);

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
    filters: { leistung: query.services, branche: query.industries, gebiet: query.regions, groesse: query.sizes },
    sort,
    page: query.page,
    pageSize: PROVIDER_PAGE_SIZE,
    cards,
  });
  if (!found) return null;
  if (sort) return { ...found, items: found.matches };
  return { ...searchProviders(found.matches, { ...query, q: "" }), counts: found.counts };
}
