import { matchKey, spellingVariants } from "./normalize";
import type { QueryWord } from "./parse";

// A parsed query becomes clauses that are AND-ed; each clause is a set of OR-ed alternatives:
// the word's spellings and, where the word (or a run of words) is a synonym term, the other terms
// of its group. "KI Förderung" → (ki | künstliche intelligenz | …) AND (förderung | zuschuss | …).

export type SynonymGroups = readonly (readonly string[])[];

export interface Alternative {
  /** One word or several (all of them must match). */
  text: string;
  prefix: boolean;
}

export interface Clause {
  /** The query words this clause stands for, lowercase. */
  words: string[];
  alternatives: Alternative[];
  /** True when the words matched a synonym term (so they are known words, not typos). */
  synonym: boolean;
}

/** Inflections a query word may add to a synonym term ("Webseiten" → webseite, "Handwerker"). */
const SUFFIXES = ["", "e", "n", "en", "s", "es", "er", "ern", "nen"];
/** Shorter terms ("ki", "app", "kmu") must match exactly: "kin" is not "ki". */
const MIN_INFLECTED_TERM = 4;

interface Term {
  keys: string[];
  group: readonly string[];
}

function termsOf(groups: SynonymGroups): Term[] {
  const terms: Term[] = [];
  for (const group of groups) {
    for (const term of group) {
      const keys = term.trim().split(/\s+/).filter(Boolean).map(matchKey);
      if (keys.length) terms.push({ keys, group });
    }
  }
  // Longest first, so "künstliche intelligenz" wins over a group that only has "intelligenz".
  return terms.sort((a, b) => b.keys.length - a.keys.length);
}

function wordMatches(word: string, key: string, last: boolean): boolean {
  const wordKey = matchKey(word);
  if (wordKey === key) return true;
  if (!last || key.length < MIN_INFLECTED_TERM || !wordKey.startsWith(key)) return false;
  return SUFFIXES.includes(wordKey.slice(key.length));
}

function matchAt(words: readonly QueryWord[], start: number, term: Term): boolean {
  if (start + term.keys.length > words.length) return false;
  return term.keys.every((key, j) => wordMatches(words[start + j]!.text, key, j === term.keys.length - 1));
}

function addUnique(list: Alternative[], alternative: Alternative) {
  if (!list.some((a) => a.text === alternative.text && a.prefix === alternative.prefix)) list.push(alternative);
}

function spellings(text: string, prefix: boolean): Alternative[] {
  return spellingVariants(text).map((variant) => ({ text: variant, prefix }));
}

export function buildClauses(words: readonly QueryWord[], groups: SynonymGroups): Clause[] {
  const terms = termsOf(groups);
  const clauses: Clause[] = [];
  let i = 0;
  while (i < words.length) {
    const term = terms.find((t) => matchAt(words, i, t));
    const span = words.slice(i, i + (term?.keys.length ?? 1));
    const alternatives: Alternative[] = [];
    const single = span.length === 1 ? span[0]! : null;
    for (const a of spellings(span.map((w) => w.text).join(" "), single?.prefix ?? false)) addUnique(alternatives, a);
    for (const synonym of term?.group ?? []) addUnique(alternatives, { text: synonym.trim().toLowerCase(), prefix: false });
    clauses.push({ words: span.map((w) => w.text), alternatives, synonym: term !== undefined });
    i += span.length;
  }
  return clauses;
}
