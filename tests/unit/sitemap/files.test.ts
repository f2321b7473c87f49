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
};

describe("sitemap files", () => {
  it("splits each type into files of at most the limit and leaves out empty types", () => {
    const files = sitemapFiles(published, 2);
    expect(files.map((file) => file.name)).toEqual(["seiten.xml", "foerderprogramme-1.xml", "foerderprogramme-2.xml", "foerderprogramme-3.xml", "berater-1.xml"]);
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
});
