import { describe, expect, it } from "vitest";
import { MAX_QUERY_WORDS, parseQueryText, replaceWords } from "@/lib/search/query/parse";

const words = (text: string) => parseQueryText(text).map((w) => `${w.text}${w.prefix ? "*" : ""}`);

describe("parseQueryText", () => {
  it("lowercases, keeps hyphenated compounds and drops stop words (also transliterated)", () => {
    expect(words("KI Förderung für das Handwerk in Bitburg")).toEqual(["ki", "förderung", "handwerk", "bitburg*"]);
    expect(words("Fuer IT-Sicherheit und E-Commerce")).toEqual(["it-sicherheit", "e-commerce"]);
  });

  it("keeps version numbers together, as PostgreSQL indexes them, but not other dots", () => {
    expect(words("Industrie 4.0 Handwerk")).toEqual(["industrie", "4.0", "handwerk*"]);
    expect(words("Web 2.0.")).toEqual(["web*", "2.0"]);
    expect(words("z.B. Trier.Saarburg")).toEqual(["z", "b", "trier", "saarburg*"]);
  });

  it("marks the word being typed and short words as prefixes, never 1–2 letter words", () => {
    expect(words("Digitalisieru")).toEqual(["digitalisieru*"]);
    expect(words("App Web KI Glasfaser ")).toEqual(["app*", "web*", "ki", "glasfaser"]);
    expect(words("Zuschuss KI")).toEqual(["zuschuss", "ki"]);
  });

  it("ignores punctuation and markup, so nothing but letters and digits reaches a tsquery", () => {
    expect(words("<script>alert('x')</script> & | ! :* \\")).toEqual(["script", "alert", "x", "script*"]);
    expect(words("''")).toEqual([]);
    expect(words("   ")).toEqual([]);
  });

  it("is bounded in words and length", () => {
    expect(parseQueryText(Array.from({ length: 30 }, (_, i) => `wort${i}`).join(" "))).toHaveLength(MAX_QUERY_WORDS);
    expect(parseQueryText("x".repeat(10_000))[0]!.text.length).toBe(200);
  });

  it("records positions so a correction can replace words in the original text", () => {
    const text = "Digitalisirung für Handwrk!";
    const parsed = parseQueryText(text);
    expect(replaceWords(text, parsed, new Map([[0, "Digitalisierung"], [1, "Handwerk"]]))).toBe("Digitalisierung für Handwerk!");
  });
});
