import { foldText } from "./normalize";

// Splits what people type into words the engines can search for. Pure and bounded: a query is
// capped in length and word count before any of it reaches the database.

export const MAX_QUERY_LENGTH = 200;
export const MAX_QUERY_WORDS = 8;
/** Words of at most this length also match as prefixes ("App" → "Apps", "Web" → "Webseite"). */
export const SHORT_WORD_MAX = 4;
/** Shorter prefixes ("k:*", "ki:*") would match too much to be useful. */
export const MIN_PREFIX_LENGTH = 3;

export interface QueryWord {
  /** Lowercase as typed (umlauts kept): "förderung", "it-sicherheit". */
  text: string;
  /** Where the word stands in the query text, to replace it in "Meinten Sie …?". */
  start: number;
  end: number;
  /** Also search words starting with it: the word being typed, or a short word. */
  prefix: boolean;
}

// Letters and digits, hyphenated compounds ("IT-Sicherheit", "E-Commerce") and version numbers
// ("Industrie 4.0": PostgreSQL indexes "4.0" as one word) kept together.
const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+|(?<=\p{N})\.\p{N}+)*/gu;

// Frequent German function words, also in the transliterated spellings PostgreSQL's list lacks
// ("fuer"). PostgreSQL drops further stop words itself.
const STOP_WORDS = new Set(
  [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "und", "oder",
    "für", "fuer", "mit", "von", "vom", "zu", "zum", "zur", "in", "im", "an", "am", "auf", "bei", "beim",
    "über", "ueber", "nach", "aus", "ist", "sind", "wie", "was", "es", "ich", "wir", "mein", "meine",
    "unser", "unsere", "auch", "als", "bis", "um", "so", "gibt", "welche", "welcher",
  ].map(foldText),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(foldText(word));
}

/** The searchable words of a query text, in order; an empty array means "no text" (browse). */
export function parseQueryText(raw: string): QueryWord[] {
  const text = raw.slice(0, MAX_QUERY_LENGTH);
  const stillTyping = !/\s$/.test(text);
  const words = [...text.matchAll(WORD)]
    .map((m) => ({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }))
    .filter((w) => !isStopWord(w.text));
  const kept = words.slice(0, MAX_QUERY_WORDS);
  return kept.map((word, i) => {
    const isLast = i === kept.length - 1 && stillTyping && kept.length === words.length;
    const simple = /^[\p{L}\p{N}]+$/u.test(word.text);
    const length = word.text.length;
    const prefix = simple && length >= MIN_PREFIX_LENGTH && (isLast || length <= SHORT_WORD_MAX);
    return { ...word, prefix };
  });
}

/** The query text with some words replaced (by index into the parsed words). */
export function replaceWords(raw: string, words: readonly QueryWord[], replacements: ReadonlyMap<number, string>): string {
  let out = "";
  let at = 0;
  words.forEach((word, i) => {
    const replacement = replacements.get(i);
    if (replacement === undefined) return;
    out += raw.slice(at, word.start) + replacement;
    at = word.end;
  });
  return (out + raw.slice(at)).slice(0, MAX_QUERY_LENGTH).trim();
}
