import type { RegionSeed } from "./types";

export const regions: RegionSeed[] = [
  { slug: "stadt-trier", name: "Stadt Trier", kind: "KREIS", sortOrder: 1 },
  { slug: "trier-saarburg", name: "Landkreis Trier-Saarburg", kind: "KREIS", sortOrder: 2 },
  { slug: "bernkastel-wittlich", name: "Landkreis Bernkastel-Wittlich", kind: "KREIS", sortOrder: 3 },
  { slug: "eifelkreis-bitburg-pruem", name: "Eifelkreis Bitburg-Prüm", kind: "KREIS", sortOrder: 4 },
  { slug: "vulkaneifel", name: "Landkreis Vulkaneifel", kind: "KREIS", sortOrder: 5 },
  { slug: "region-trier", name: "Region Trier", kind: "REGION", sortOrder: 10 },
  { slug: "rheinland-pfalz", name: "Rheinland-Pfalz", kind: "LAND", sortOrder: 20 },
  { slug: "deutschland", name: "Deutschland", kind: "BUND", sortOrder: 30 },
  { slug: "eu", name: "Europäische Union", kind: "EU", sortOrder: 40 },
];

export const KREISE = regions.filter((r) => r.kind === "KREIS").map((r) => r.slug);

/** The five Kreise plus the whole region: "serves the entire Region Trier". */
export const WHOLE_REGION = ["region-trier", ...KREISE] as const;
