import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InitiativeCard } from "@/components/initiative/initiative-card";
import { facetFilterGroups } from "@/components/search/facet-groups";
import { ListLayout } from "@/components/search/list-layout";
import { getInitiativeCards } from "@/lib/initiative/cached";
import { INITIATIVE_SORTS, parseInitiativeListQuery, searchInitiatives } from "@/lib/initiative/listing";
import { getFacetData } from "@/lib/listing/facet-data";
import type { RawSearchParams } from "@/lib/listing/params";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const PATH = "/initiativen";

export async function initiativeListMetadata(): Promise<Metadata> {
  const t = await getTranslations("initiatives.list");
  return pageMetadata({ title: t("title"), description: t("metaDescription"), path: PATH });
}

/**
 * The initiative list for given parameters; rendered per request (text words) or cached per
 * canonical query. The list is small, so the text words are matched in memory, as the list's
 * filters are (lib/initiative/listing.ts).
 */
export async function InitiativeListPage({ raw }: { raw: RawSearchParams }) {
  const [cards, { options, slugs }, t, ts] = await Promise.all([getInitiativeCards(), getFacetData("initiative"), getTranslations("initiatives.list"), getTranslations("search.sort")]);
  const query = parseInitiativeListQuery(raw, slugs);
  const result = searchInitiatives(cards, query, slugs.kreise);
  const groups = await facetFilterGroups("initiative", query.filters, result.counts, options);
  return (
    <ListLayout
      path={PATH}
      raw={raw}
      title={t("title")}
      intro={<p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>}
      query={query}
      sortOptions={INITIATIVE_SORTS.map((value) => ({ value, label: value === "phase" ? t("sortPhase") : ts(value) }))}
      groups={groups}
      result={result}
    >
      {result.items.map((initiative) => (
        <InitiativeCard key={initiative.slug} initiative={initiative} />
      ))}
    </ListLayout>
  );
}
