import type { KreisSlug } from "./types";

export interface Town {
  postalCode: string;
  region: KreisSlug;
  /** Telephone area code without the leading 0, e.g. "651" for Trier. */
  areaCode: string;
}

// Real towns of the five Kreise with their postal and area codes.
export const towns: Record<string, Town> = {
  Trier: { postalCode: "54290", region: "stadt-trier", areaCode: "651" },
  "Trier-Ehrang": { postalCode: "54293", region: "stadt-trier", areaCode: "651" },
  "Trier-Euren": { postalCode: "54294", region: "stadt-trier", areaCode: "651" },
  "Trier-Olewig": { postalCode: "54295", region: "stadt-trier", areaCode: "651" },
  "Trier-Tarforst": { postalCode: "54296", region: "stadt-trier", areaCode: "651" },
  "Trier-Pfalzel": { postalCode: "54293", region: "stadt-trier", areaCode: "651" },
  Konz: { postalCode: "54329", region: "trier-saarburg", areaCode: "6501" },
  Saarburg: { postalCode: "54439", region: "trier-saarburg", areaCode: "6581" },
  Hermeskeil: { postalCode: "54411", region: "trier-saarburg", areaCode: "6503" },
  Schweich: { postalCode: "54338", region: "trier-saarburg", areaCode: "6502" },
  Föhren: { postalCode: "54343", region: "trier-saarburg", areaCode: "6502" },
  Trierweiler: { postalCode: "54311", region: "trier-saarburg", areaCode: "651" },
  "Kell am See": { postalCode: "54427", region: "trier-saarburg", areaCode: "6589" },
  Nittel: { postalCode: "54453", region: "trier-saarburg", areaCode: "6584" },
  Waldrach: { postalCode: "54320", region: "trier-saarburg", areaCode: "6500" },
  Wittlich: { postalCode: "54516", region: "bernkastel-wittlich", areaCode: "6571" },
  "Bernkastel-Kues": { postalCode: "54470", region: "bernkastel-wittlich", areaCode: "6531" },
  Morbach: { postalCode: "54497", region: "bernkastel-wittlich", areaCode: "6533" },
  "Traben-Trarbach": { postalCode: "56841", region: "bernkastel-wittlich", areaCode: "6541" },
  Thalfang: { postalCode: "54424", region: "bernkastel-wittlich", areaCode: "6504" },
  "Neumagen-Dhron": { postalCode: "54347", region: "bernkastel-wittlich", areaCode: "6507" },
  Salmtal: { postalCode: "54528", region: "bernkastel-wittlich", areaCode: "6578" },
  Bitburg: { postalCode: "54634", region: "eifelkreis-bitburg-pruem", areaCode: "6561" },
  Prüm: { postalCode: "54595", region: "eifelkreis-bitburg-pruem", areaCode: "6551" },
  Speicher: { postalCode: "54662", region: "eifelkreis-bitburg-pruem", areaCode: "6562" },
  Neuerburg: { postalCode: "54673", region: "eifelkreis-bitburg-pruem", areaCode: "6564" },
  Irrel: { postalCode: "54666", region: "eifelkreis-bitburg-pruem", areaCode: "6525" },
  Arzfeld: { postalCode: "54687", region: "eifelkreis-bitburg-pruem", areaCode: "6550" },
  Daun: { postalCode: "54550", region: "vulkaneifel", areaCode: "6592" },
  Gerolstein: { postalCode: "54568", region: "vulkaneifel", areaCode: "6591" },
  Hillesheim: { postalCode: "54576", region: "vulkaneifel", areaCode: "6593" },
  Ulmen: { postalCode: "56766", region: "vulkaneifel", areaCode: "2676" },
  Jünkerath: { postalCode: "54584", region: "vulkaneifel", areaCode: "6597" },
  Gillenfeld: { postalCode: "54558", region: "vulkaneifel", areaCode: "6573" },
};

export function townOrThrow(name: string): Town {
  const town = towns[name];
  if (!town) throw new Error(`Unknown town "${name}" in seed data`);
  return town;
}
