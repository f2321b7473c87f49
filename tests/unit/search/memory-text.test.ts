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
