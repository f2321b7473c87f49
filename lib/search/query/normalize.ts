// Text normalization shared by the query parser and synonym matching. The database folds documents
// with unaccent (ä→a, ß→ss) inside the `search_de` configuration; here we produce query variants
// so that both spellings of an umlaut reach it: "Foerderung" must find "Förderung" and
// "Müller" must find "Mueller".

/** Lowercase, ß→ss, diacritics stripped (ä→a): the same folding as SQL search_normalize(). */
export function foldText(text: string): string {
  return text.toLowerCase().replaceAll("ß", "ss").normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");
}

/**
 * A key under which a word and its transliteration compare equal ("Förderung", "Foerderung" and
 * "forderung" → "forderung"). Only used for comparisons, never sent to the database.
 */
export function matchKey(text: string): string {
  return foldText(text).replaceAll("ae", "a").replaceAll("oe", "o").replaceAll("ue", "u");
}

const TO_UMLAUT: [RegExp, string][] = [
  [/ae/g, "ä"],
  [/oe/g, "ö"],
  [/ue/g, "ü"],
];
const FROM_UMLAUT: [RegExp, string][] = [
  [/ä/g, "ae"],
  [/ö/g, "oe"],
  [/ü/g, "ue"],
];

/**
 * The spellings of one lowercase query word worth searching: as typed, with ae/oe/ue read as
 * umlauts, and with umlauts written out. "steuer" also yields "steür"; such variants match
 * nothing and cost one more OR term, which is cheaper than guessing wrongly which "ue" is one.
 */
export function spellingVariants(word: string): string[] {
  const lower = word.toLowerCase();
  const variants = new Set([lower]);
  if (/ae|oe|ue/.test(lower)) variants.add(TO_UMLAUT.reduce((w, [re, to]) => w.replace(re, to), lower));
  if (/[äöü]/.test(lower)) variants.add(FROM_UMLAUT.reduce((w, [re, to]) => w.replace(re, to), lower));
  return [...variants];
}
