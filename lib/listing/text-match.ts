// A forgiving substring match for the directories' text box until the search engine takes over:
// case-, accent- and umlaut-insensitive ("Foerderung" finds "Förderung"), every word must occur.
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

export function matchesAllWords(haystack: string, query: string): boolean {
  const words = normalizeForMatch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = normalizeForMatch(haystack);
  return words.every((word) => text.includes(word));
}
