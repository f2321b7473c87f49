import { describe, expect, it } from "vitest";
import { PAGE_CACHE_CONTROL, pageCacheControlSource } from "@/lib/cache/page-cache-control";
import { NONCE_AREAS } from "@/lib/security/content-security-policy";

// The regular expression inside the path-to-regexp parameter, applied as Next applies it to a
// path (anchored, after the leading slash).
function applies(pathname: string): boolean {
  const match = /^\/:path\((.*)\)$/.exec(pageCacheControlSource());
  if (!match) throw new Error(`unexpected source ${pageCacheControlSource()}`);
  return new RegExp(`^/(?:${match[1]})$`).test(pathname);
}

describe("the public pages' Cache-Control", () => {
  it("lets caches keep a page only if they ask the instance each time", () => {
    expect(PAGE_CACHE_CONTROL).toBe("no-cache");
  });

  it("applies to every public page, in every language", () => {
    for (const path of ["/", "/foerderprogramme", "/foerderprogramme/isb-digiboost", "/suche", "/fristen", "/fr", "/en", "/fr/impressum", "/en/berater/sophie-reuter", "/benachrichtigungen/neu", "/dienstleister/eintragen", "/gibt-es-nicht"]) {
      expect(applies(path), path).toBe(true);
    }
  });

  it("leaves the areas rendered per request to Next's private, no-store", () => {
    for (const area of NONCE_AREAS) {
      for (const path of [area, `${area}/x`, `/fr${area}`, `/en${area}/x`]) expect(applies(path), path).toBe(false);
    }
  });

  it("leaves route handlers and files their own caching", () => {
    for (const path of ["/api/health", "/api/v1/search", "/api/v1/programmes/isb-digiboost", "/medien/abc/320", "/foerderprogramme/feed.atom", "/aktuelles/feed.xml", "/fristen/kalender.ics", "/foerderprogramme/isb-digiboost/kalender.ics", "/sitemap.xml", "/sitemaps/seiten.xml", "/robots.txt", "/manifest.webmanifest", "/icon.svg", "/favicon.ico", "/daten/foerderprogramme.csv", "/_next/static/chunks/a.js"]) {
      expect(applies(path), path).toBe(false);
    }
  });
});
