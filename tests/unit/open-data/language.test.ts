import { describe, expect, it } from "vitest";
import { apiLink, apiPath, apiTexts, parseApiLanguage } from "@/lib/open-data/language";

// The API's `lang` (issue 20): absent means the answer as before; a language adds textLanguages.
const entry = { title: "Zuschuss", summary: "Kurz", titleFr: "Subvention", titleEn: null, summaryFr: "  " };

describe("parseApiLanguage", () => {
  it("takes de, fr or en, and nothing means no language asked for", () => {
    expect(parseApiLanguage({})).toEqual({ ok: true, lang: null });
    expect(parseApiLanguage({ lang: "fr" })).toEqual({ ok: true, lang: "fr" });
    expect(parseApiLanguage({ lang: [" en "] })).toEqual({ ok: true, lang: "en" });
    expect(parseApiLanguage({ lang: "de" })).toEqual({ ok: true, lang: "de" });
  });

  it("refuses any other value, an empty one and a second lang", () => {
    for (const value of ["it", "FR", "", "fr-FR", "deutsch"]) {
      expect(parseApiLanguage({ lang: value }), value).toEqual({ ok: false, problem: { field: "lang", issue: "unknownLanguage" } });
    }
    expect(parseApiLanguage({ lang: ["fr", "en"] })).toEqual({ ok: false, problem: { field: "lang", issue: "tooMany", max: 1 } });
  });
});

describe("apiTexts", () => {
  it("gives the German texts and no language fields without a language", () => {
    expect(apiTexts(entry, ["title", "summary"], null)).toEqual({ texts: { title: "Zuschuss", summary: "Kurz" } });
  });

  it("gives the translation where there is one, else German, and says which", () => {
    expect(apiTexts(entry, ["title", "summary"], "fr")).toEqual({ texts: { title: "Subvention", summary: "Kurz" }, textLanguages: { title: "fr", summary: "de" } });
    expect(apiTexts(entry, ["title"], "en")).toEqual({ texts: { title: "Zuschuss" }, textLanguages: { title: "de" } });
    expect(apiTexts(entry, ["title"], "de")).toEqual({ texts: { title: "Zuschuss" }, textLanguages: { title: "de" } });
  });
});

describe("addresses", () => {
  it("lead to the page in the language asked for; files and the German default keep their address", () => {
    expect(apiPath("/foerderprogramme/x", null)).toBe("/foerderprogramme/x");
    expect(apiPath("/foerderprogramme/x", "de")).toBe("/foerderprogramme/x");
    expect(apiLink("https://portal.example", "/foerderprogramme/x", "en")).toBe("https://portal.example/en/foerderprogramme/x");
    expect(apiLink("https://portal.example", "/foerderprogramme?thema=ki", "fr")).toBe("https://portal.example/fr/foerderprogramme?thema=ki");
    expect(apiLink("https://portal.example", "/veranstaltungen/x/kalender.ics", "fr")).toBe("https://portal.example/veranstaltungen/x/kalender.ics");
  });
});
