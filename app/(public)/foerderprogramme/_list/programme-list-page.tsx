import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ListLayout } from "@/components/search/list-layout";
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
    <ListLayout
      path={PATH}
      raw={raw}
      title={t("title")}
      intro={<p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>}
      query={query}
      sortOptions={PROGRAMME_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
      groups={groups}
      result={{ ...result, shown: result.items.length }}
    >
      {result.items.map((programme) => (
        <ProgrammeCard key={programme.slug} programme={programme} />
      ))}
    </ListLayout>
  );
}
