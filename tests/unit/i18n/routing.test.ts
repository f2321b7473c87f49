import { describe, expect, it } from "vitest";
import { encodeListKey } from "@/lib/listing/canonical";
import { alternateUrls, isGermanOnly, isLocaleRouted, localizedPath, splitLocale, visiblePath } from "@/lib/i18n/routing";

describe("splitLocale", () => {
  it("takes a known prefix off the path", () => {
    expect(splitLocale("/fr/foerderprogramme/x")).toEqual({ prefix: "fr", path: "/foerderprogramme/x" });
    expect(splitLocale("/en")).toEqual({ prefix: "en", path: "/" });
    expect(splitLocale("/de/berater")).toEqual({ prefix: "de", path: "/berater" });
  });

  it("leaves German paths and look-alike segments alone", () => {
    expect(splitLocale("/foerderprogramme")).toEqual({ prefix: null, path: "/foerderprogramme" });
    expect(splitLocale("/french/x")).toEqual({ prefix: null, path: "/french/x" });
    expect(splitLocale("/")).toEqual({ prefix: null, path: "/" });
  });
});

describe("localizedPath", () => {
  it("keeps German unprefixed and prefixes the others, query included", () => {
    expect(localizedPath("de", "/fristen?ansicht=kalender")).toBe("/fristen?ansicht=kalender");
    expect(localizedPath("fr", "/fristen?ansicht=kalender")).toBe("/fr/fristen?ansicht=kalender");
    expect(localizedPath("en", "/")).toBe("/en");
    expect(localizedPath("en", "/?x=1")).toBe("/en?x=1");
    // One address for every reader: files, route handlers, German-only areas.
    expect(localizedPath("fr", "/veranstaltungen/x/kalender.ics")).toBe("/veranstaltungen/x/kalender.ics");
    expect(localizedPath("fr", "/api/v1/search?q=x")).toBe("/api/v1/search?q=x");
    expect(localizedPath("en", "/konto")).toBe("/konto");
    expect(localizedPath("en", "/foerderprogramme#ergebnisse")).toBe("/en/foerderprogramme#ergebnisse");
  });
});

describe("which paths are routed by locale", () => {
  it("routes pages but not route handlers and files", () => {
    expect(isLocaleRouted("/foerderprogramme/abc")).toBe(true);
    expect(isLocaleRouted("/")).toBe(true);
    expect(isLocaleRouted("/benachrichtigungen/abmelden/token")).toBe(true);
    for (const path of ["/api/v1/programmes", "/medien/k/640", "/sitemaps/1.xml", "/foerderprogramme/feed.atom", "/fristen/kalender.ics", "/icon.svg", "/daten/foerderprogramme.csv"]) {
      expect(isLocaleRouted(path), path).toBe(false);
    }
  });

  it("keeps the signed-in areas German only", () => {
    expect(isGermanOnly("/redaktion/foerderprogramme")).toBe(true);
    expect(isGermanOnly("/anmelden")).toBe(true);
    expect(isGermanOnly("/konto")).toBe(true);
    expect(isGermanOnly("/kontakt")).toBe(false);
    expect(isGermanOnly("/foerderprogramme")).toBe(false);
  });
});

describe("visiblePath", () => {
  it("drops route groups", () => {
    expect(visiblePath(["(public)", "foerderprogramme", "foerdermittel-digital"])).toBe("/foerderprogramme/foerdermittel-digital");
    expect(visiblePath([])).toBe("/");
  });

  it("turns a cached list view's key back into its query", () => {
    const key = encodeListKey([["foerderart", "zuschuss"], ["gebiet", "trier-saarburg"]]);
    expect(visiblePath(["(public)", "foerderprogramme", "ansicht", key])).toBe("/foerderprogramme?foerderart=zuschuss&gebiet=trier-saarburg");
    expect(visiblePath(["(public)", "veranstaltungen", "archiv", "ansicht", "alle"])).toBe("/veranstaltungen/archiv");
  });

  it("keeps non-ASCII search text of a text search's key", () => {
    const key = encodeListKey([["q", "Förderung für Straßen"]]);
    expect(visiblePath(["(public)", "suche", "treffer", key])).toBe(`/suche?${new URLSearchParams([["q", "Förderung für Straßen"]])}`);
  });

  it("does not mistake a slug for a key route", () => {
    expect(visiblePath(["(public)", "foerderprogramme", "ansicht"])).toBe("/foerderprogramme/ansicht");
  });
});

describe("alternateUrls", () => {
  it("gives every locale and x-default (German) as absolute addresses", () => {
    expect(alternateUrls("https://example.org/", "/berater?region=trier")).toEqual({
      de: "https://example.org/berater?region=trier",
      fr: "https://example.org/fr/berater?region=trier",
      en: "https://example.org/en/berater?region=trier",
      "x-default": "https://example.org/berater?region=trier",
    });
  });
});
