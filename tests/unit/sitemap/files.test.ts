import { parseSitemap, parseSitemapIndex } from "sitemap";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { sitemapFiles, type PublishedPages } from "@/lib/sitemap/files";
import { indexXml, urlsetXml } from "@/lib/sitemap/xml";

const at = (day: number) => `2026-11-${String(day).padStart(2, "0")}T08:00:00.000Z`;
const published: PublishedPages = {
  programmes: [1, 2, 3, 4, 5].map((n) => ({ path: `/foerderprogramme/p${n}`, lastModified: at(n) })),
  advisors: [{ path: "/berater/a", lastModified: at(20) }],
  providers: [],
  events: [],
  initiatives: [],
  news: [{ path: "/aktuelles/n", lastModified: at(7) }],
  topics: [],
};

describe("sitemap files", () => {
  it("splits each type into files of at most the limit and leaves out empty types", () => {
    const files = sitemapFiles(published, 2);
    expect(files.map((file) => file.name)).toEqual(["seiten.xml", "foerderprogramme-1.xml", "foerderprogramme-2.xml", "foerderprogramme-3.xml", "berater-1.xml", "aktuelles-1.xml"]);
    expect(files[0]!.pages.map((page) => page.path)).toEqual(expect.arrayContaining(["/veranstaltungen", "/veranstaltungen/archiv", "/initiativen", "/themen", "/aktuelles", "/foerder-check"]));
    expect(files.slice(1, 4).flatMap((file) => file.pages.map((page) => page.path))).toEqual(published.programmes.map((entry) => entry.path));
  });

  it("dates list pages and files by their latest entry", () => {
    const [pages, firstProgrammes] = sitemapFiles(published, 2);
    const lastmod = Object.fromEntries(pages!.pages.map((page) => [page.path, page.lastModified]));
    expect(lastmod["/"]).toBe(at(20));
    expect(lastmod["/foerderprogramme"]).toBe(at(5));
    expect(lastmod["/fristen"]).toBe(at(5));
    expect(lastmod["/foerder-check"]).toBe(at(5));
    expect(lastmod["/aktuelles"]).toBe(at(7));
    expect(lastmod["/dienstleister"]).toBeUndefined();
    expect(lastmod["/datenschutz"]).toBeUndefined();
    expect(firstProgrammes!.lastModified).toBe(at(2));
  });

  it("writes a urlset and an index that a sitemap parser reads back with absolute addresses", async () => {
    const files = sitemapFiles(published, 2);
    const urls = await parseSitemap(Readable.from([await urlsetXml("https://portal.example", files[1]!)]));
    expect(urls.map((url) => url.url)).toEqual([
      "https://portal.example/foerderprogramme/p1",
      "https://portal.example/fr/foerderprogramme/p1",
      "https://portal.example/en/foerderprogramme/p1",
      "https://portal.example/foerderprogramme/p2",
      "https://portal.example/fr/foerderprogramme/p2",
      "https://portal.example/en/foerderprogramme/p2",
    ]);
    expect(urls.slice(0, 3).map((url) => url.lastmod)).toEqual([at(1), at(1), at(1)]);
    const index = await parseSitemapIndex(Readable.from([await indexXml("https://portal.example", files)]));
    expect(index.map((entry) => entry.url)).toContain("https://portal.example/sitemaps/foerderprogramme-3.xml");
  });

  it("gives every address the same hreflang alternates of all three languages and x-default, itself included", async () => {
    const xml = await urlsetXml("https://portal.example/", sitemapFiles(published, 2)[0]!);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const urls = await parseSitemap(Readable.from([xml]));
    const home = urls.filter((url) => /^https:\/\/portal\.example\/(fr|en)?$/.test(url.url));
    expect(home.map((url) => url.url)).toEqual(["https://portal.example/", "https://portal.example/fr", "https://portal.example/en"]);
    const expected = [
      { lang: "de", url: "https://portal.example/" },
      { lang: "fr", url: "https://portal.example/fr" },
      { lang: "en", url: "https://portal.example/en" },
      { lang: "x-default", url: "https://portal.example/" },
    ];
    for (const url of home) expect(url.links, url.url).toEqual(expected);
    const statement = urls.filter((url) => url.url.endsWith("/barrierefreiheit"));
    expect(statement.map((url) => url.url)).toEqual(["https://portal.example/barrierefreiheit", "https://portal.example/fr/barrierefreiheit", "https://portal.example/en/barrierefreiheit"]);
    expect(statement[1]!.links.map((link) => `${link.lang} ${link.url}`)).toEqual([
      "de https://portal.example/barrierefreiheit",
      "fr https://portal.example/fr/barrierefreiheit",
      "en https://portal.example/en/barrierefreiheit",
      "x-default https://portal.example/barrierefreiheit",
    ]);
    expect(urls).toHaveLength(3 * sitemapFiles(published, 2)[0]!.pages.length);
  });

  describe("events, initiatives and Themenfelder", () => {
    const now = new Date("2026-11-15T12:00:00.000Z");
    const withNew: PublishedPages = {
      ...published,
      events: [
        { path: "/veranstaltungen/kommend", lastModified: at(3), endsAt: "2026-12-01T18:00:00.000Z" },
        { path: "/veranstaltungen/vorbei", lastModified: at(2), endsAt: "2026-11-10T18:00:00.000Z" },
      ],
      initiatives: [{ path: "/initiativen/glasfaser", lastModified: at(25) }],
      topics: [
        { path: "/themen/digitalisierung", lastModified: at(7) },
        { path: "/themen/leer", lastModified: undefined },
      ],
    };

    it("lists upcoming and past event pages, initiatives and Themenfeld pages in files of their own", () => {
      const files = sitemapFiles(withNew, 10, now);
      const byName = Object.fromEntries(files.map((file) => [file.name, file]));
      expect(byName["veranstaltungen-1.xml"]!.pages).toEqual([
        { path: "/veranstaltungen/kommend", lastModified: at(3) },
        { path: "/veranstaltungen/vorbei", lastModified: at(2) },
      ]);
      expect(byName["initiativen-1.xml"]!.lastModified).toBe(at(25));
      expect(byName["themen-1.xml"]!.pages.map((page) => page.path)).toEqual(["/themen/digitalisierung", "/themen/leer"]);
    });

    it("dates the event lists by their events' edits and by the ends that moved an event into the archive", () => {
      const lastmod = Object.fromEntries(sitemapFiles(withNew, 10, now)[0]!.pages.map((page) => [page.path, page.lastModified]));
      expect(lastmod["/veranstaltungen"]).toBe("2026-11-10T18:00:00.000Z");
      expect(lastmod["/veranstaltungen/archiv"]).toBe("2026-11-10T18:00:00.000Z");
      expect(lastmod["/initiativen"]).toBe(at(25));
      expect(lastmod["/themen"]).toBe(at(7));
      expect(lastmod["/"]).toBe(at(25));
      const before = Object.fromEntries(sitemapFiles(withNew, 10, new Date("2026-11-05T00:00:00.000Z"))[0]!.pages.map((page) => [page.path, page.lastModified]));
      expect(before["/veranstaltungen"]).toBe(at(3));
      expect(before["/veranstaltungen/archiv"]).toBeUndefined();
    });
  });
});
