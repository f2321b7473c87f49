import type { RegionDTO } from "./dto";

/** The five Kreise (Stadt Trier counts as one) offered by every "Gebiet" filter. */
export function kreiseOf(regions: readonly RegionDTO[]): RegionDTO[] {
  return regions.filter((region) => region.kind === "KREIS");
}

/**
 * The Kreise an entry applies to: an entry for a wider area (Region Trier, Land, Bund, EU)
 * applies in every Kreis, so people filtering by their Kreis also find it.
 */
export function servedKreise(regionSlugs: readonly string[], kreise: readonly string[]): string[] {
  const wider = regionSlugs.some((slug) => !kreise.includes(slug));
  return wider ? [...kreise] : kreise.filter((slug) => regionSlugs.includes(slug));
}
