import type { ServiceCategory } from "@/lib/db/enums";
import type { ProgrammeCardDTO } from "@/lib/programme/dto";
import { deriveProgrammeStatus, STATUS_RANK } from "@/lib/programme/status";
import type { ProviderCardDTO } from "@/lib/provider/dto";
import { servedKreise } from "@/lib/taxonomy/kreise";

// Provider ↔ programme, through the editors' Leistung ↔ Themenfeld table: a provider's Leistungen
// name Themenfelder, a programme funds Themenfelder, and both must meet in a Kreis. Pure functions
// over the cached cards, so the detail pages cost no query of their own.

/** Leistung → the slugs of the Themenfelder that fund it. */
export type ServiceTopicMap = Partial<Record<ServiceCategory, readonly string[]>>;

/** How many entries a detail page shows; the link leads to all of them. */
export const RELATED_LIMIT = 6;

export function topicsForServices(map: ServiceTopicMap, services: readonly ServiceCategory[]): string[] {
  return [...new Set(services.flatMap((service) => map[service] ?? []))].sort();
}

export function servicesForTopics(map: ServiceTopicMap, topicSlugs: readonly string[]): ServiceCategory[] {
  const wanted = new Set(topicSlugs);
  return (Object.keys(map) as ServiceCategory[]).filter((service) => (map[service] ?? []).some((slug) => wanted.has(slug))).sort();
}

type ProgrammeArea = Pick<ProgrammeCardDTO, "regionSlugs" | "level">;

/** Whether a programme applies in the Kreis (an EU, Bund or Land programme without regions: everywhere). */
export function appliesInKreis(programme: ProgrammeArea, kreis: string, kreise: readonly string[]): boolean {
  return servedKreise(programme.regionSlugs, kreise, programme.level).includes(kreis);
}

/**
 * The published programmes a provider's Leistungen are funded by in its Kreis, of any status: the
 * page picks the applicable ones to show and expires at the next status change of any of them.
 */
export function programmeCandidates(
  provider: { services: readonly ServiceCategory[]; regionSlug: string },
  programmes: readonly ProgrammeCardDTO[],
  map: ServiceTopicMap,
  kreise: readonly string[],
): ProgrammeCardDTO[] {
  const topics = new Set(topicsForServices(map, provider.services));
  if (topics.size === 0) return [];
  return programmes.filter((p) => p.topicSlugs.some((slug) => topics.has(slug)) && appliesInKreis(p, provider.regionSlug, kreise));
}

/**
 * Of the candidates, those one can apply to now or soon (open, rolling, upcoming), applicable now
 * first, each by its nearest deadline (none last), then by title.
 */
export function applicableProgrammes<P extends ProgrammeCardDTO>(candidates: readonly P[], now: Date = new Date()): P[] {
  const withStatus = candidates.map((p) => ({ p, status: deriveProgrammeStatus(p, now) })).filter(({ status }) => status !== "closed");
  return withStatus
    .sort(
      (a, b) =>
        STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        (a.p.deadline ?? "9999-12-31").localeCompare(b.p.deadline ?? "9999-12-31") ||
        a.p.title.localeCompare(b.p.title, "de"),
    )
    .map(({ p }) => p);
}

/**
 * The published providers offering a Leistung the programme's Themenfelder fund, seated in a Kreis
 * where it applies (all of Region Trier for a region-wide programme), by name.
 */
export function providersForProgramme(
  programme: ProgrammeArea & { topicSlugs: readonly string[] },
  providers: readonly ProviderCardDTO[],
  map: ServiceTopicMap,
  kreise: readonly string[],
): ProviderCardDTO[] {
  const services = new Set(servicesForTopics(map, programme.topicSlugs));
  if (services.size === 0) return [];
  const served = new Set(servedKreise(programme.regionSlugs, kreise, programme.level));
  return providers
    .filter((p) => served.has(p.regionSlug) && p.services.some((s) => services.has(s)))
    .sort((a, b) => a.name.localeCompare(b.name, "de"));
}
