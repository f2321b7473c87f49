import type { RegionDTO } from "./dto";

/** The five Kreise (Stadt Trier counts as one) offered by every "Gebiet" filter. */
export function kreiseOf(regions: readonly RegionDTO[]): RegionDTO[] {
  return regions.filter((region) => region.kind === "KREIS");
}

/**
 * Funding levels whose programmes apply to the whole Region Trier by nature. A programme of the
 * EU, the Bund, the Land or the region itself that names no regions is not "nowhere" but
 * everywhere; a Kommune-level programme without regions gives no hint where it applies.
 */
const REGION_WIDE_LEVELS: ReadonlySet<string> = new Set(["EU", "BUND", "LAND", "REGION"]);

/**
 * The Kreise an entry applies to: an entry for a wider area (Region Trier, Land, Bund, EU)
 * applies in every Kreis, so people filtering by their Kreis also find it. `level` (programmes
 * only) covers entries that name no region at all: a region-wide level counts for every Kreis.
 */
export function servedKreise(regionSlugs: readonly string[], kreise: readonly string[], level?: string): string[] {
  if (regionSlugs.length === 0) return level && REGION_WIDE_LEVELS.has(level) ? [...kreise] : [];
  const wider = regionSlugs.some((slug) => !kreise.includes(slug));
  return wider ? [...kreise] : kreise.filter((slug) => regionSlugs.includes(slug));
}

export type KreisRef = Pick<RegionDTO, "slug" | "name">;

/** Where an entry applies, for cards: the whole region, or the names of the Kreise it serves. */
export interface AreaCoverage {
  wholeRegion: boolean;
  kreisNames: string[];
}

/** `kreise`: the five Kreise in display order; `level` as for servedKreise. */
export function areaCoverage(regionSlugs: readonly string[], kreise: readonly KreisRef[], level?: string): AreaCoverage {
  const served = servedKreise(regionSlugs, kreise.map((k) => k.slug), level);
  return {
    wholeRegion: kreise.length > 0 && served.length === kreise.length,
    kreisNames: kreise.filter((k) => served.includes(k.slug)).map((k) => k.name),
  };
}
