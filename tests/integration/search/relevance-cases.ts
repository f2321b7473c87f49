import type { SearchDocType, SearchEngine, SearchQuery } from "@/lib/search/types";

// Realistic queries against the demo data (prisma/seed) with the entry a person typing them is
// looking for. `npm test` requires each expected entry in the top RELEVANCE_TOP
// (relevance.test.ts); `npm run bench:search` prints the hit rate (bench/search-relevance.ts).
// Kinds: typo, umlaut (transliteration, ß/ss), compound (a word inside a longer word, in any
// position), acronym, synonym, order (the same words reordered), partial (no entry has every
// word), rarity (a word in many titles must not outweigh a rarer one), plain.

export const RELEVANCE_TOP = 3;

export type RelevanceKind = "typo" | "umlaut" | "compound" | "acronym" | "synonym" | "order" | "partial" | "rarity" | "plain";

export interface RelevanceCase {
  text: string;
  /** "<type>:<slug>" of the entry that belongs in the top RELEVANCE_TOP. */
  expected: `${SearchDocType}:${string}`;
  kind: RelevanceKind;
}

export const RELEVANCE_CASES: RelevanceCase[] = [
  { text: "Digitalisirung Handwerk", expected: "advisor:hwk-trier-digitalisierungsberatung", kind: "typo" },
  { text: "Telemedzin", expected: "programme:landesfoerderung-telemedizin", kind: "typo" },
  { text: "Glasfasr Hausanschluss", expected: "programme:glasfaser-hausanschluss-aussenbereiche", kind: "typo" },
  { text: "Cybersicherhiet Notfallpläne", expected: "provider:treveris-secure-it", kind: "typo" },
  { text: "Penetrationstets", expected: "provider:grenzpfad-it-sicherheit", kind: "typo" },
  { text: "Kassensytem", expected: "provider:kassensysteme-konz", kind: "typo" },
  { text: "Foerderung Vereine", expected: "programme:engagement-digital-mikrofoerderung", kind: "umlaut" },
  { text: "Förderung Vereine", expected: "programme:engagement-digital-mikrofoerderung", kind: "umlaut" },
  { text: "Buergschaft", expected: "programme:buergschaft-ohne-bank", kind: "umlaut" },
  { text: "Praezisionstechnik", expected: "programme:agrarinvestitionsfoerderung-praezisionstechnik", kind: "umlaut" },
  { text: "Grossregion Kleinprojekte", expected: "programme:interreg-grossregion-kleinprojekte", kind: "umlaut" },
  { text: "Glasfaser Aussenbereich", expected: "programme:glasfaser-hausanschluss-aussenbereiche", kind: "umlaut" },
  { text: "Dörfer App", expected: "programme:digitale-doerfer", kind: "umlaut" },
  { text: "Cloud Sicherheit", expected: "programme:digitalbonus-vulkaneifel", kind: "compound" },
  { text: "Energie Beratung", expected: "programme:energieberatung-kleine-unternehmen-eifelkreis", kind: "compound" },
  { text: "Gründung Stipendium", expected: "programme:exist-gruendungsstipendium", kind: "compound" },
  { text: "Digitalisierung Zuschuss Pflege", expected: "programme:digitalisierungszuschuss-pflegeeinrichtungen", kind: "compound" },
  { text: "Gigabit Ausbau", expected: "programme:landeskofinanzierung-gigabitausbau", kind: "compound" },
  { text: "Sicherheitskonzept", expected: "programme:digitalbonus-vulkaneifel", kind: "compound" },
  { text: "Mikroförderung", expected: "programme:engagement-digital-mikrofoerderung", kind: "compound" },
  { text: "Innenstadt Handel Trier", expected: "programme:trierer-innenstadthandel-digital", kind: "compound" },
  { text: "Sicherheit Cloud", expected: "programme:digitalbonus-vulkaneifel", kind: "order" },
  { text: "Beratung Energie", expected: "programme:energieberatung-kleine-unternehmen-eifelkreis", kind: "order" },
  { text: "Pflege Zuschuss Digitalisierung", expected: "programme:digitalisierungszuschuss-pflegeeinrichtungen", kind: "order" },
  { text: "Aussenbereich Glasfaser", expected: "programme:glasfaser-hausanschluss-aussenbereiche", kind: "order" },
  { text: "KI", expected: "programme:ki-gutschein-rheinland-pfalz", kind: "acronym" },
  { text: "EFRE", expected: "programme:efre-rlp-digitalisierung-mittelstand", kind: "acronym" },
  { text: "ZIM", expected: "programme:zim-zentrales-innovationsprogramm-mittelstand", kind: "acronym" },
  { text: "BAFA Beratung", expected: "programme:bafa-unternehmensberatung", kind: "acronym" },
  { text: "IT Hochwald", expected: "provider:hochwald-it-service", kind: "acronym" },
  { text: "WIPANO", expected: "programme:wipano-patente-und-normen", kind: "acronym" },
  { text: "EXIST", expected: "programme:exist-gruendungsstipendium", kind: "acronym" },
  { text: "Künstliche Intelligenz Gutschein", expected: "programme:ki-gutschein-rheinland-pfalz", kind: "synonym" },
  { text: "Webseite Verein Konz", expected: "programme:frist-heute-vereine-digital-konz", kind: "synonym" },
  { text: "Informationssicherheit Therapiepraxen", expected: "provider:praxisnetz-it-mosel-hunsrueck", kind: "synonym" },
  { text: "Darlehen Gründung", expected: "programme:erp-gruenderkredit-startgeld", kind: "synonym" },
  { text: "Coaching Arbeit", expected: "programme:inqa-coaching", kind: "synonym" },
  { text: "Eifelcloud Backup Bitburg", expected: "provider:eifelcloud-rechenzentrum", kind: "partial" },
  { text: "Telemedizin Videosprechstunde Bitburg", expected: "programme:telemedizin-netzwerk-bernkastel-wittlich", kind: "partial" },
  { text: "Telemedizin Rheinland-Pfalz", expected: "programme:landesfoerderung-telemedizin", kind: "rarity" },
  { text: "Innovationspreis Rheinland-Pfalz", expected: "programme:innovationspreis-rheinland-pfalz", kind: "rarity" },
  { text: "Coworking Vulkaneifel", expected: "programme:coworking-auf-dem-land-vulkaneifel", kind: "plain" },
  { text: "Schule Tablets", expected: "programme:kreisprogramm-digitale-schule-trier-saarburg", kind: "plain" },
  { text: "Schaufenster Wittlich", expected: "programme:frist-gestern-schaufenster-digital-wittlich", kind: "plain" },
  { text: "Datenschutzbeauftragter", expected: "provider:grenzland-datenschutz-compliance", kind: "plain" },
  { text: "Robotik Handwerk", expected: "advisor:thomas-schneider-weis", kind: "plain" },
  { text: "Nachfolge Handwerk", expected: "advisor:julia-hoffmann", kind: "plain" },
  { text: "Weinbau Sensorik Steillagen", expected: "provider:weinbau-digital-kues", kind: "plain" },
];

export function relevanceQuery(text: string, today: string): SearchQuery {
  return { text, types: [], filters: {}, statuses: [], sort: "relevance", page: 1, pageSize: RELEVANCE_TOP, facets: [], today };
}

/** The 1-based place of the expected entry among the first RELEVANCE_TOP hits, or null. */
export async function placeOf(engine: SearchEngine, testCase: RelevanceCase, today: string): Promise<number | null> {
  const result = await engine.search(relevanceQuery(testCase.text, today));
  const at = result.hits.findIndex((hit) => `${hit.type}:${hit.slug}` === testCase.expected);
  return at === -1 ? null : at + 1;
}
