import { describe, expect, it } from "vitest";
import { listLike, MIN_INFIX_LENGTH, wordLike, wordPatterns } from "@/lib/search/postgres/word-match";
import { buildClauses } from "@/lib/search/query/clauses";
import { parseQueryText } from "@/lib/search/query/parse";

const patterns = (text: string, groups: string[][] = []) => buildClauses(parseQueryText(text), groups).map((c) => wordPatterns(c).map(wordLike));

describe("wordPatterns", () => {
  it("matches long words anywhere inside a word, short ones at a word's start, in every position", () => {
    expect(patterns("Cloud Sicherheit")).toEqual([["%cloud%"], ["%sicherheit%"]]);
    expect(patterns("Sicherheit Cloud")).toEqual([["%sicherheit%"], ["%cloud%"]]);
    expect(patterns("Wein Bau")).toEqual([["wein%"], ["bau%"]]);
    // Against a space-separated word list, a word's start follows a space.
    expect(listLike({ word: "web", infix: false })).toBe("% web%");
    expect("cloud".length).toBe(MIN_INFIX_LENGTH);
  });

  it("folds umlauts and ß like search_normalize, and keeps the transliterated spelling too", () => {
    expect(patterns("Förderung")).toEqual([["%forderung%", "%foerderung%"]]);
    expect(patterns("Straße")).toEqual([["%strasse%"]]);
  });

  it("leaves two-letter words and multi-word synonyms to the tsquery", () => {
    expect(patterns("KI", [["ki", "künstliche intelligenz", "machine learning"]])).toEqual([[]]);
    expect(patterns("IT-Sicherheit")).toEqual([["%it-sicherheit%"]]);
  });
});
