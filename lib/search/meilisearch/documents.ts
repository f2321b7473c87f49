import type { DocumentTranslation, SearchDocument } from "@/lib/search/types";
import { DEADLINE_DAY_ATTRIBUTE, START_DAY_ATTRIBUTE, dayNumber, facetAttribute } from "./filter";
import { stripMarkers } from "./highlight";

/** Meilisearch primary key: document ids may only contain [A-Za-z0-9_-]. */
export const PRIMARY_KEY = "key";

/** A SearchDocument as stored in the index (facets flattened to `f_<key>` arrays, days as numbers). */
export interface MeiliDocument extends Omit<SearchDocument, "facets" | "translations"> {
  key: string;
  /** French and English texts (title, summary, description), read with their own language's rules (settings.ts). */
  textFr: string;
  textEn: string;
  /** Title, summary and key terms transliterated (ä → ae, ß → ss); empty when nothing changes. */
  folded: string;
  applicationStartDay?: number;
  deadlineDay?: number;
  publishedAtMs: number;
  /** Lowercase, umlauts folded (ä → a, ß → ss): German dictionary order for the "title" sort. */
  titleSort: string;
  [facet: `f_${string}`]: string[];
}

const SIMPLE_ID = /^([a-z]+):([A-Za-z0-9-]+)$/;

/**
 * `programme:abc` → `programme__abc`; ids with other characters → `x_<hex of UTF-8>`. Injective:
 * a type has no `_`, so the simple form always has `__` right after the letters, the hex form never.
 */
export function documentKey(id: string): string {
  const simple = SIMPLE_ID.exec(id);
  if (simple) return `${simple[1]}__${simple[2]}`;
  return `x_${Buffer.from(id, "utf8").toString("hex")}`;
}

const TRANSLITERATIONS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss", ẞ: "SS" };

/**
 * German spelling without umlauts and ß. Meilisearch finds "Förderung" for "Forderung" on its own,
 * but not for "Foerderung", and may keep ß apart from ss; this copy makes both spellings match.
 */
export function transliterate(text: string): string {
  return text.replace(/[äöüÄÖÜßẞ]/g, (c) => TRANSLITERATIONS[c]!);
}

export function titleSortKey(title: string): string {
  return title
    .toLowerCase()
    .replaceAll("ß", "ss")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .trim();
}

const translatedText = (t?: DocumentTranslation) => (t ? [t.title, t.summary, t.body].filter(Boolean).map((part) => stripMarkers(part!)).join("\n\n") : "");

/** Facets outside the allow-list are dropped: they could not be filtered on anyway. */
export function toMeiliDocument(doc: SearchDocument, facetKeys: ReadonlySet<string>): MeiliDocument {
  const out: MeiliDocument = {
    key: documentKey(doc.id),
    id: doc.id,
    type: doc.type,
    entityId: doc.entityId,
    slug: doc.slug,
    // Highlight markers are private characters; removing them from the text keeps every marker
    // in a search response one that Meilisearch inserted.
    title: stripMarkers(doc.title),
    summary: stripMarkers(doc.summary),
    body: doc.body,
    textFr: translatedText(doc.translations?.fr),
    textEn: translatedText(doc.translations?.en),
    keywords: doc.keywords,
    folded: "",
    applicationStart: doc.applicationStart,
    deadline: doc.deadline,
    publishedAt: doc.publishedAt,
    publishedAtMs: Date.parse(doc.publishedAt),
    titleSort: titleSortKey(stripMarkers(doc.title)),
  };
  const text = [out.title, out.summary, ...doc.keywords].join("\n");
  const folded = transliterate(text);
  if (folded !== text) out.folded = folded;
  // Absent (not null) when there is no date, so `NOT EXISTS` expresses "no deadline".
  if (doc.applicationStart) out[START_DAY_ATTRIBUTE] = dayNumber(doc.applicationStart);
  if (doc.deadline) out[DEADLINE_DAY_ATTRIBUTE] = dayNumber(doc.deadline);
  for (const [key, values] of Object.entries(doc.facets)) {
    if (facetKeys.has(key)) out[facetAttribute(key) as `f_${string}`] = [...new Set(values)];
  }
  return out;
}
