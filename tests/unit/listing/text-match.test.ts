import { describe, expect, it } from "vitest";
import { matchesAllWords, normalizeForMatch } from "@/lib/listing/text-match";

describe("normalizeForMatch", () => {
  it("folds case, umlauts and ß", () => {
    expect(normalizeForMatch("Förderung GRÜNDUNG Straße Ärztin")).toBe("foerderung gruendung strasse aerztin");
  });

  it("strips other accents", () => {
    expect(normalizeForMatch("Café Crème")).toBe("cafe creme");
  });

  it("folds uppercase umlauts", () => {
    expect(normalizeForMatch("ÜBER ÖFFENTLICH ÄNDERN")).toBe("ueber oeffentlich aendern");
  });
});

describe("matchesAllWords", () => {
  const text = "Digitalisierungsberatung für Handwerksbetriebe in Bitburg-Prüm";

  it("matches with the umlaut transcribed or typed", () => {
    expect(matchesAllWords(text, "fuer")).toBe(true);
    expect(matchesAllWords(text, "für")).toBe(true);
    expect(matchesAllWords(text, "Pruem")).toBe(true);
    expect(matchesAllWords("Foerderung", "Förderung")).toBe(true);
  });

  it("requires every word, in any order, as a substring", () => {
    expect(matchesAllWords(text, "handwerk beratung")).toBe(true);
    expect(matchesAllWords(text, "handwerk trier")).toBe(false);
  });

  it("matches everything for an empty or blank query", () => {
    expect(matchesAllWords(text, "")).toBe(true);
    expect(matchesAllWords(text, "   ")).toBe(true);
  });

  it("does not fold a plain u into ü (Prum ≠ Prüm)", () => {
    expect(matchesAllWords(text, "prum")).toBe(false);
  });
});
