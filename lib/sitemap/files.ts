import type { SitemapEntry } from "./queries";

// How the sitemap is split. The protocol allows 50,000 addresses per file; smaller files keep each
// response quick and cheap to regenerate after an edit. sitemap.xml is always an index of files.
export const SITEMAP_FILE_LIMIT = 10_000;

export type SitemapPage = { path: string; lastModified?: string };
export type SitemapFile = { name: string; pages: SitemapPage[]; lastModified?: string };
export type PublishedPages = { programmes: SitemapEntry[]; advisors: SitemapEntry[]; providers: SitemapEntry[] };

/** Public pages that are not entries; search results and forms that only make sense filled are left out. */
const STATIC_PAGES = ["/", "/foerderprogramme", "/fristen", "/berater", "/dienstleister", "/dienstleister/eintragen", "/themen", "/modellregion", "/barrierefreiheit", "/datenschutz", "/daten", "/impressum", "/leichte-sprache", "/gebaerdensprache"];

const TYPES = [
  { key: "programmes", file: "foerderprogramme" },
  { key: "advisors", file: "berater" },
  { key: "providers", file: "dienstleister" },
] as const;

function latest(pages: SitemapPage[]): string | undefined {
  return pages.reduce<string | undefined>((max, page) => (page.lastModified && (!max || page.lastModified > max) ? page.lastModified : max), undefined);
}

/** The file of the pages that are not entries: lists change when one of their entries does. */
function staticFile(published: PublishedPages): SitemapFile {
  const listChange: Record<string, string | undefined> = {
    "/": latest([...published.programmes, ...published.advisors, ...published.providers]),
    "/foerderprogramme": latest(published.programmes),
    "/fristen": latest(published.programmes),
    "/berater": latest(published.advisors),
    "/dienstleister": latest(published.providers),
  };
  const pages = STATIC_PAGES.map((path) => ({ path, lastModified: listChange[path] }));
  return { name: "seiten.xml", pages, lastModified: latest(pages) };
}

/** All sitemap files, in a stable order: the static pages, then each type in chunks of `limit`. */
export function sitemapFiles(published: PublishedPages, limit = SITEMAP_FILE_LIMIT): SitemapFile[] {
  const files = [staticFile(published)];
  for (const { key, file } of TYPES) {
    const pages = published[key];
    for (let start = 0, part = 1; start < pages.length; start += limit, part++) {
      const chunk = pages.slice(start, start + limit);
      files.push({ name: `${file}-${part}.xml`, pages: chunk, lastModified: latest(chunk) });
    }
  }
  return files;
}
