import "server-only";
import type { ServiceCategory } from "@/lib/db/enums";
import { FACETS } from "@/lib/facets/registry";
import { enumToSlug } from "@/lib/facets/slug";
import { getProgrammeCards } from "@/lib/programme/cached";
import { earliestCardChange } from "@/lib/programme/deadline";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import { getProviderCards } from "@/lib/provider/cached";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { getRegions, getServiceTopics } from "@/lib/taxonomy/cached";
import { kreiseOf, servedKreise } from "@/lib/taxonomy/kreise";
import { applicableProgrammes, programmeCandidates, providersForProgramme, RELATED_LIMIT, servicesForTopics, topicsForServices } from "./match";

// The "passend" sections of the detail pages, from cached reads only: the mapping (tag
// "service-topics"), the Kreise ("taxonomy") and the other type's cards ("programmes" on a provider
// page, "providers" on a programme page). Those tags become the page's tags, so an edit of the
// mapping, any programme or any provider expires the pages that might show it.

async function kreisSlugs(): Promise<string[]> {
  return kreiseOf(await getRegions()).map((k) => k.slug);
}

function listHref(path: string, params: [string, string][]): string {
  return params.length ? `${path}?${new URLSearchParams(params).toString()}` : path;
}

export interface FundingForProvider {
  programmes: ProgrammeCardDTO[];
  /** all applicable matches; more than shown: the link says so */
  total: number;
  /** the programme list filtered the same way (Themenfelder, Kreis, open or soon) */
  listHref: string;
  /** when the selection changes by itself (a status, a countdown): the page expires then */
  expiresAt: Date | null;
}

export async function getFundingForProvider(provider: { services: readonly ServiceCategory[]; region: { slug: string } }, now: Date = new Date()): Promise<FundingForProvider> {
  const [cards, map, kreise] = await Promise.all([getProgrammeCards(), getServiceTopics(), kreisSlugs()]);
  const candidates = programmeCandidates({ services: provider.services, regionSlug: provider.region.slug }, cards, map, kreise);
  const applicable = applicableProgrammes(candidates, now);
  const params: [string, string][] = [
    ...topicsForServices(map, provider.services).map((slug): [string, string] => [FACETS.topic.param, slug]),
    [FACETS.region.param, provider.region.slug],
    [FACETS.status.param, "offen"],
    [FACETS.status.param, "demnaechst"],
  ];
  return {
    programmes: applicable.slice(0, RELATED_LIMIT),
    total: applicable.length,
    listHref: listHref("/foerderprogramme", params),
    // Every candidate, shown or not: one that opens tomorrow may push into the first six.
    expiresAt: earliestCardChange(candidates, now),
  };
}

export interface ProvidersForProgramme {
  providers: ProviderCardDTO[];
  total: number;
  /** the provider list filtered by the matching Leistungen and, unless region-wide, the Kreise */
  listHref: string;
}

export async function getProvidersForProgramme(programme: { topics: { slug: string }[]; regions: { slug: string }[]; level: ProgrammeCardDTO["level"] }): Promise<ProvidersForProgramme> {
  const [cards, map, kreise] = await Promise.all([getProviderCards(), getServiceTopics(), kreisSlugs()]);
  const area = { topicSlugs: programme.topics.map((t) => t.slug), regionSlugs: programme.regions.map((r) => r.slug), level: programme.level };
  const matches = providersForProgramme(area, cards, map, kreise);
  const served = servedKreise(area.regionSlugs, kreise, area.level);
  const params: [string, string][] = [
    ...servicesForTopics(map, area.topicSlugs).map((service): [string, string] => [FACETS.service.param, enumToSlug(service)]),
    // All five Kreise is no filter at all.
    ...(served.length < kreise.length ? served.map((slug): [string, string] => [FACETS.region.param, slug]) : []),
  ];
  return { providers: matches.slice(0, RELATED_LIMIT), total: matches.length, listHref: listHref("/dienstleister", params) };
}
