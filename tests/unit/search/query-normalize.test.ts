import { describe, expect, it } from "vitest";
import { foldText, matchKey, spellingVariants } from "@/lib/search/query/normalize";

describe("normalization", () => {
  it("folds like the database's search_normalize (unaccent, lower case)", () => {
    expect(foldText("Förderprogramm Straße Éclair")).toBe("forderprogramm strasse eclair");
  });

  it("compares umlauts and their transliterations as equal", () => {
    expect(matchKey("Förderung")).toBe(matchKey("Foerderung"));
    expect(matchKey("Gründung")).toBe(matchKey("GRUENDUNG"));
    expect(matchKey("Straße")).toBe(matchKey("Strasse"));
  });

  it("searches both spellings of an umlaut", () => {
    expect(spellingVariants("Foerderung")).toEqual(["foerderung", "förderung"]);
    expect(spellingVariants("müller")).toEqual(["müller", "mueller"]);
    expect(spellingVariants("handwerk")).toEqual(["handwerk"]);
  });
});
