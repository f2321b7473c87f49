import { describe, expect, it } from "vitest";
import { buildClauses } from "@/lib/search/query/clauses";
import { parseQueryText } from "@/lib/search/query/parse";

const groups = [
  ["ki", "künstliche intelligenz"],
  ["webseite", "website", "homepage"],
  ["förderung", "zuschuss"],
  ["handwerk", "handwerksbetrieb"],
];
const clauses = (text: string) => buildClauses(parseQueryText(text), groups);
const texts = (text: string) => clauses(text).map((c) => c.alternatives.map((a) => `${a.text}${a.prefix ? "*" : ""}`));

describe("buildClauses", () => {
  it("ORs the other terms of a matching synonym group into the word's clause", () => {
    expect(texts("KI Foerderung")).toEqual([
      ["ki", "künstliche intelligenz"],
      ["foerderung*", "förderung*", "förderung", "zuschuss"],
    ]);
  });

  it("matches multi-word terms and inflected words", () => {
    const [first, second] = clauses("Künstliche Intelligenz Webseiten");
    expect(first!.words).toEqual(["künstliche", "intelligenz"]);
    expect(first!.alternatives.map((a) => a.text)).toContain("ki");
    expect(second!.alternatives.map((a) => a.text)).toEqual(["webseiten", "webseite", "website", "homepage"]);
    expect(clauses("Handwerker")[0]!.synonym).toBe(true);
  });

  it("does not inflect short terms ('kin' is not 'ki')", () => {
    expect(clauses("Kino")[0]!.synonym).toBe(false);
    expect(texts("Kin ")).toEqual([["kin*"]]);
  });

  it("keeps unknown words as their own clause with their spellings", () => {
    expect(texts("Glasfaser Mueller")).toEqual([["glasfaser"], ["mueller*", "müller*"]]);
    expect(clauses("Glasfaser")[0]!.synonym).toBe(false);
  });
});
