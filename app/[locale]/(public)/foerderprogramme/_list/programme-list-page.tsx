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
  programmeListSchema,
  searchProgrammes,
  type ProgrammeListQuery,
  type ProgrammeSort,
} from "@/lib/programme/listing";
import { programmeTiming } from "@/lib/programme/deadline";
import { env } from "@/lib/env";
import { alertNewHref } from "@/lib/alerts/links";
import { SubscribeLinks } from "@/components/deadlines/subscribe-links";
import { FoerderCheckStartLink } from "@/components/foerder-check/start-link";
import { localSubscriptionPaths } from "@/lib/subscriptions/language";
import { DEADLINES_ICS_PATH, PROGRAMMES_ATOM_PATH, filterQuery, webcalUrl } from "@/lib/subscriptions/links";
import { engineListSearch } from "@/lib/search/page/list-text-search";
import type { SearchSort } from "@/lib/search/types";
import { pageMetadata } from "@/lib/seo/page-metadata";

export const PATH = "/foerderprogramme";

/** Title, and the selection's Atom feed and calendar file as alternates in <head>. */
export async function programmeListMetadata(raw: RawSearchParams): Promise<Metadata> {
  const [t, data, local] = await Promise.all([getTranslations(), getFacetData("programme"), localSubscriptionPaths()]);
  const filters = filterQuery(raw, programmeListSchema(data.slugs));
  return pageMetadata({
    title: t("programmes.list.title"),
    description: t("programmes.list.metaDescription"),
    path: PATH,
    feeds: {
      "application/atom+xml": [{ url: local(`${PROGRAMMES_ATOM_PATH}${filters}`), title: t("deadlines.atom.linkTitle") }],
      "text/calendar": [{ url: local(`${DEADLINES_ICS_PATH}${filters}`), title: t("deadlines.atom.calendarLinkTitle") }],
    },
  });
}

/** The programme list for given parameters; rendered per request or cached per canonical query. */
export async function ProgrammeListPage({ raw }: { raw: RawSearchParams }) {
  const [cards, data, t, local] = await Promise.all([getProgrammeCards(), getFacetData("programme"), getTranslations("programmes.list"), localSubscriptionPaths()]);
  const query = parseProgrammeListQuery(raw, data.slugs);
  const result = (query.q && (await textSearch(cards, query))) || searchProgrammes(cards, query, data.slugs.kreise);
  const groups = await facetFilterGroups("programme", query.filters, result.counts, data.options);
  const filters = filterQuery(raw, programmeListSchema(data.slugs));

  return (
    <ListLayout
      path={PATH}
      raw={raw}
      title={t("title")}
      intro={
        <>
          <p className="mt-2 max-w-3xl text-lg">{t("intro")}</p>
          <FoerderCheckStartLink className="mt-3 hidden md:flex" />
        </>
      }
      afterResults={
        <SubscribeLinks
          webcalHref={webcalUrl(env.SITE_URL, local(`${DEADLINES_ICS_PATH}${filters}`))}
          icsHref={local(`${DEADLINES_ICS_PATH}${filters}`)}
          atomHref={local(`${PROGRAMMES_ATOM_PATH}${filters}`)}
          alertHref={alertNewHref(filters)}
          filtered={filters !== ""}
        />
      }
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
