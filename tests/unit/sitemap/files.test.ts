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
  topics: [],
};

describe("sitemap files", () => {
  it("splits each type into files of at most the limit and leaves out empty types", () => {
    const files = sitemapFiles(published, 2);
    expect(files.map((file) => file.name)).toEqual(["seiten.xml", "foerderprogramme-1.xml", "foerderprogramme-2.xml", "foerderprogramme-3.xml", "berater-1.xml"]);
    expect(files[0]!.pages.map((page) => page.path)).toEqual(expect.arrayContaining(["/veranstaltungen", "/veranstaltungen/archiv", "/initiativen", "/themen"]));
    expect(files.slice(1, 4).flatMap((file) => file.pages.map((page) => page.path))).toEqual(published.programmes.map((entry) => entry.path));
  });

  it("dates list pages and files by their latest entry", () => {
    const [pages, firstProgrammes] = sitemapFiles(published, 2);
    const lastmod = Object.fromEntries(pages!.pages.map((page) => [page.path, page.lastModified]));
    expect(lastmod["/"]).toBe(at(20));
    expect(lastmod["/foerderprogramme"]).toBe(at(5));
    expect(lastmod["/fristen"]).toBe(at(5));
    expect(lastmod["/dienstleister"]).toBeUndefined();
    expect(lastmod["/datenschutz"]).toBeUndefined();
    expect(firstProgrammes!.lastModified).toBe(at(2));
  });

  it("writes a urlset and an index that a sitemap parser reads back with absolute addresses", async () => {
    const files = sitemapFiles(published, 2);
    const urls = await parseSitemap(Readable.from([await urlsetXml("https://portal.example", files[1]!)]));
    expect(urls.map((url) => url.url)).toEqual(["https://portal.example/foerderprogramme/p1", "https://portal.example/foerderprogramme/p2"]);
    expect(urls[0]!.lastmod).toBe(at(1));
    const index = await parseSitemapIndex(Readable.from([await indexXml("https://portal.example", files)]));
    expect(index.map((entry) => entry.url)).toContain("https://portal.example/sitemaps/foerderprogramme-3.xml");
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
