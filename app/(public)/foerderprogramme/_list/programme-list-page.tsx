import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListLayout } from "@/components/search/list-layout";
import { ProgrammeCard } from "@/components/programme/programme-card";
import { facetFilterGroups } from "@/components/search/facet-groups";
import { getFacetData } from "@/lib/listing/facet-data";
import type { RawSearchParams } from "@/lib/listing/params";
import { getProgrammeCards } from "@/lib/programme/cached";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import {
  PROGRAMME_PAGE_SIZE,
  PROGRAMME_SORTS,
  parseProgrammeListQuery,
  searchProgrammes,
  type ProgrammeListQuery,
  type ProgrammeSort,
} from "@/lib/programme/listing";
import { programmeTiming } from "@/lib/programme/deadline";
import { engineListSearch } from "@/lib/search/page/list-text-search";
import type { SearchSort } from "@/lib/search/types";

export const PATH = "/foerderprogramme";

export async function programmeListMetadata(): Promise<Metadata> {
  const t = await getTranslations("programmes.list");
  return { title: t("title"), description: t("metaDescription"), alternates: { canonical: PATH } };
}

/** The programme list for given parameters; rendered per request or cached per canonical query. */
export async function ProgrammeListPage({ raw }: { raw: RawSearchParams }) {
  const [cards, data, t] = await Promise.all([getProgrammeCards(), getFacetData("programme"), getTranslations("programmes.list")]);
  const query = parseProgrammeListQuery(raw, data.slugs);
  const result = (query.q && (await textSearch(cards, query))) || searchProgrammes(cards, query, data.slugs.kreise);
  const groups = await facetFilterGroups("programme", query.filters, result.counts, data.options);

  return (
    <ListLayout
      path={PATH}
      raw={raw}
      title={t("title")}
      intro={<p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>}
      query={query}
      sortOptions={PROGRAMME_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
      groups={groups}
      result={result}
    >
      {result.items.map((programme) => (
        <ProgrammeCard key={programme.slug} programme={programme} kreise={data.options.kreise} />
      ))}
    </ListLayout>
  );
}

const ENGINE_SORT: Record<ProgrammeSort, SearchSort> = { frist: "deadline", neu: "newest", "a-z": "title" };

/** A text search (q) through the search engine; null if it is unavailable. */
async function textSearch(cards: ProgrammeCardDTO[], query: ProgrammeListQuery) {
  const found = await engineListSearch({
    type: "programme",
    q: query.q,
    selection: query.filters,
    sort: ENGINE_SORT[query.sort],
    page: query.page,
    pageSize: PROGRAMME_PAGE_SIZE,
    cards,
  });
  if (!found) return null;
  const now = new Date();
  return { ...found, items: found.matches.map((card) => ({ ...card, ...programmeTiming(card, now) })) };
}
