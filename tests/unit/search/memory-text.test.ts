import { describe, expect, it } from "vitest";
import { parseConjunction } from "@/lib/search/postgres/lexemes";
import { buildMemoryText, matchInMemory, SHORT_FIELD_POINTS, TITLE_POINTS, type LexemeTerm } from "@/lib/search/postgres/memory-text";

// Documents as [all lexemes, title lexemes, summary lexemes], numbered by position.
const text = buildMemoryText([
  [["digital", "digitalisi", "forder", "handwerk", "handwerksbetrieb"], ["digitalisi"], ["forder"]],
  [["forder", "zuschuss", "handwerk"], ["forder", "zuschuss"], []],
  [["handwerk", "kunstlich", "intelligenz"], ["handwerk"], ["kunstlich", "intelligenz"]],
  [["kunstlich", "intelligenz", "forder"], ["kunstlich"], ["intelligenz"]],
]);
const word = (lexeme: string): LexemeTerm => ({ lexeme, prefix: false });
const prefix = (lexeme: string): LexemeTerm => ({ lexeme, prefix: true });
/** doc → rank, for comparing regardless of order. */
const ranked = (result: { docs: Int32Array; ranks: Float64Array }) => Object.fromEntries([...result.docs].map((doc, i) => [doc, result.ranks[i]]));

describe("matchInMemory", () => {
  it("finds a word and ranks title above summary above body", () => {
    expect(ranked(matchInMemory(text, [[[word("forder")]]]))).toEqual({ 0: SHORT_FIELD_POINTS, 1: TITLE_POINTS, 3: 0 });
  });

  it("AND-s clauses and adds their points", () => {
    expect(ranked(matchInMemory(text, [[[word("forder")]], [[word("handwerk")]]]))).toEqual({ 0: SHORT_FIELD_POINTS, 1: TITLE_POINTS });
  });

  it("OR-s a clause's conjunctions; a conjunction needs all its words, in the title for title points", () => {
    const clause = [[word("zuschuss")], [word("kunstlich"), word("intelligenz")]];
    // Doc 3 has "kunstlich" in the title but "intelligenz" only in the summary: title and summary together.
    expect(ranked(matchInMemory(text, [clause]))).toEqual({ 1: TITLE_POINTS, 2: SHORT_FIELD_POINTS, 3: SHORT_FIELD_POINTS });
    expect(ranked(matchInMemory(text, [[[word("kunstlich"), word("zuschuss")]]]))).toEqual({});
  });

  it("matches prefixes over every lexeme that starts with them, a document once", () => {
    expect(ranked(matchInMemory(text, [[[prefix("handw")]]]))).toEqual({ 0: 0, 1: 0, 2: TITLE_POINTS });
    expect(ranked(matchInMemory(text, [[[prefix("digitalis")]]]))).toEqual({ 0: TITLE_POINTS });
    expect(ranked(matchInMemory(text, [[[prefix("handw"), word("forder")]]]))).toEqual({ 0: 0, 1: 0 });
    expect(ranked(matchInMemory(text, [[[prefix("zzz")]]]))).toEqual({});
  });

  it("finds nothing for unknown words or an empty query", () => {
    expect(matchInMemory(text, [[[word("forder")]], [[word("unbekannt")]]]).docs.length).toBe(0);
    expect(matchInMemory(text, []).docs.length).toBe(0);
  });

  it("gives the same answer when asked again (scratch space is reused)", () => {
    const query = [[[word("forder")], [prefix("kunst")]], [[word("handwerk")]]];
    const first = ranked(matchInMemory(text, query));
    matchInMemory(text, [[[prefix("d")]]]);
    expect(ranked(matchInMemory(text, query))).toEqual(first);
    expect(first).toEqual({ 0: SHORT_FIELD_POINTS, 1: TITLE_POINTS, 2: SHORT_FIELD_POINTS + TITLE_POINTS });
  });
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** The rules of matchInMemory written out plainly: every document, every clause, every term. */
function bruteForce(documents: readonly (readonly [string[], string[], string[]])[], clauses: LexemeTerm[][][]) {
  const has = (lexemes: readonly string[], term: LexemeTerm) => lexemes.some((l) => (term.prefix ? l.startsWith(term.lexeme) : l === term.lexeme));
  const result: Record<number, number> = {};
  documents.forEach(([all, title, summary], doc) => {
    let points = 0;
    for (const clause of clauses) {
      let level = 0;
      for (const terms of clause) {
        if (!terms.every((term) => has(all, term))) continue;
        const inTitle = terms.every((term) => has(title, term));
        const inShort = terms.every((term) => has(title, term) || has(summary, term));
        level = Math.max(level, inTitle ? 3 : inShort ? 2 : 1);
      }
      if (level === 0) return;
      points += level === 3 ? TITLE_POINTS : level === 2 ? SHORT_FIELD_POINTS : 0;
    }
    result[doc] = points;
  });
  return result;
}

describe("matchInMemory against a plain evaluation", () => {
  it("agrees on random documents and queries, rare words beside common ones (lookups and scans alike)", () => {
    const next = random(20261126);
    // Word k occurs in about 1 of (k + 1) documents: a few very common words, many rare ones.
    const vocabulary = Array.from({ length: 40 }, (_, k) => `w${String.fromCharCode(97 + (k % 26))}${k}`);
    const documents = Array.from({ length: 2000 }, () => {
      const all = vocabulary.filter((_, k) => next() < 1 / (k + 1));
      const title = all.filter(() => next() < 0.3);
      const summary = all.filter((l) => !title.includes(l) && next() < 0.4);
      return [all, title, summary] as [string[], string[], string[]];
    });
    const memory = buildMemoryText(documents);
    const pick = () => vocabulary[Math.floor(next() ** 2 * vocabulary.length)]!;
    const term = (): LexemeTerm => (next() < 0.15 ? { lexeme: pick().slice(0, 2), prefix: true } : { lexeme: pick(), prefix: false });
    let nonEmpty = 0;
    for (let q = 0; q < 300; q += 1) {
      const clauses = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 3) }, () => Array.from({ length: 1 + Math.floor(next() * 2) }, term)),
      );
      const expected = bruteForce(documents, clauses);
      if (Object.keys(expected).length > 0) nonEmpty += 1;
      expect(ranked(matchInMemory(memory, clauses)), JSON.stringify(clauses)).toEqual(expected);
    }
    expect(nonEmpty).toBeGreaterThan(100);
  });
});

describe("parseConjunction", () => {
  it("reads PostgreSQL's output of plainto_tsquery and prefix queries", () => {
    expect(parseConjunction("'forder' & 'zuschuss':*")).toEqual([word("forder"), prefix("zuschuss")]);
    expect(parseConjunction("'it-sich' & 'it' & 'sich'")).toEqual([word("it-sich"), word("it"), word("sich")]);
    expect(parseConjunction("")).toEqual([]);
  });

  it("unescapes doubled quotes and backslashes", () => {
    expect(parseConjunction("'it''s' & 'a\\\\b'")).toEqual([word("it's"), word("a\\b")]);
  });

  it("refuses every other operator and weights", () => {
    for (const query of ["'a' | 'b'", "'a' <-> 'b'", "!'a'", "'a':A", "'a':*B", "('a' & 'b')", "'a", "'a' &"]) expect(parseConjunction(query)).toBeNull();
  });
});
