import type { Settings } from "meilisearch";
import { INDEXED_FACET_PARAMS } from "@/lib/facets/registry";
import { DEADLINE_DAY_ATTRIBUTE, START_DAY_ATTRIBUTE, TYPE_ATTRIBUTE, facetAttribute } from "./filter";

/**
 * The facet keys documents store (the list pages' URL parameters), shared with the PostgreSQL
 * engine. "status" is derived from dates at query time, never stored.
 */
export const DEFAULT_FACET_KEYS: readonly string[] = INDEXED_FACET_PARAMS;

/**
 * The default synonym groups, the same as the PostgreSQL engine's (migration
 * 20261126114016_search_default_synonyms). Editors' SynonymGroup rows replace them through
 * `updateSynonyms` (see pushSynonymGroups in ./synonyms.ts).
 */
export const DEFAULT_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["ki", "künstliche intelligenz", "ai", "machine learning", "maschinelles lernen"],
  ["kmu", "kleine und mittlere unternehmen", "mittelstand"],
  ["webseite", "website", "homepage", "internetseite", "internetauftritt"],
  ["förderung", "zuschuss", "fördermittel", "förderprogramm", "zuwendung"],
  ["onlineshop", "online-shop", "e-commerce", "webshop", "onlinehandel"],
  ["it-sicherheit", "cybersicherheit", "informationssicherheit", "cybersecurity"],
  ["digitalisierung", "digitale transformation", "digitaler wandel"],
  ["handwerk", "handwerksbetrieb", "handwerker"],
  ["gründung", "start-up", "startup", "existenzgründung", "gründer"],
  ["beratung", "coaching", "consulting"],
  ["weiterbildung", "schulung", "qualifizierung", "fortbildung"],
  ["kredit", "darlehen", "finanzierung"],
  ["datenschutz", "dsgvo"],
  ["cloud", "cloud computing", "cloud-dienste"],
  ["breitband", "glasfaser", "schnelles internet"],
  ["software", "app", "anwendung"],
  ["verwaltung", "kommune", "gemeinde", "behörde"],
  ["landwirtschaft", "agrar", "weinbau", "winzer"],
];

/** Groups (every term equivalent to every other) → Meilisearch's one-way map, in both directions. */
export function synonymsFromGroups(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map((term) => term.trim().toLowerCase()).filter(Boolean))];
    for (const term of terms) {
      const others = map.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      map.set(term, others);
    }
  }
  return Object.fromEntries([...map].filter(([, others]) => others.size > 0).map(([term, others]) => [term, [...others].sort()]));
}

/** How many hits (and exact totals) a search can reach; pages beyond it are not served. */
export const MAX_TOTAL_HITS = 10_000;

export function buildIndexSettings(
  facetKeys: readonly string[],
  synonymGroups: readonly (readonly string[])[] = DEFAULT_SYNONYM_GROUPS,
): Settings {
  const facetAttributes = facetKeys.map(facetAttribute);
  return {
    // Order is weight: a title match outranks summary and key terms, which outrank the body.
    // `folded` (the same texts without umlauts/ß) ranks just below the originals.
    searchableAttributes: ["title", "summary", "keywords", "folded", "body", "textFr", "textEn"],
    filterableAttributes: [TYPE_ATTRIBUTE, ...facetAttributes, START_DAY_ATTRIBUTE, DEADLINE_DAY_ATTRIBUTE],
    sortableAttributes: ["titleSort", "publishedAtMs", START_DAY_ATTRIBUTE, DEADLINE_DAY_ATTRIBUTE],
    // "sort" first: a chosen order (deadline, newest, A–Z) is the order; relevance ranks within ties.
    rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness"],
    displayedAttributes: ["type", "slug", "title", "summary", "applicationStart", "deadline"],
    synonyms: synonymsFromGroups(synonymGroups),
    typoTolerance: {
      enabled: true,
      // German words are long (compounds): one typo from 5 letters, two from 10. Shorter words are
      // mostly abbreviations (KI, KMU, IHK, ISB), which must match exactly.
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 10 },
      // Postal codes and years are exact.
      disableOnNumbers: true,
    },
    localizedAttributes: [
      { attributePatterns: ["title", "summary", "keywords", "folded", "body"], locales: ["deu"] },
      { attributePatterns: ["textFr"], locales: ["fra"] },
      { attributePatterns: ["textEn"], locales: ["eng"] },
    ],
    faceting: { maxValuesPerFacet: 500 },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
  };
}
