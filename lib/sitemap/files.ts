import type { PublishedPageLists } from "./queries";

// How the sitemap is split. The protocol allows 50,000 addresses per file; smaller files keep each
// response quick and cheap to regenerate after an edit. sitemap.xml is always an index of files.
// The limit counts pages: each is listed in German, French and English (lib/sitemap/xml.ts), so a
// file holds at most 30,000 addresses.
export const SITEMAP_FILE_LIMIT = 10_000;

export type SitemapPage = { path: string; lastModified?: string };
export type SitemapFile = { name: string; pages: SitemapPage[]; lastModified?: string };
export type PublishedPages = PublishedPageLists;

/** Public pages that are not entries; search results and forms that only make sense filled are left out. */
const STATIC_PAGES = [
  "/",
  "/foerder-check",
  "/foerderprogramme",
  "/fristen",
  "/berater",
  "/dienstleister",
  "/dienstleister/eintragen",
  "/veranstaltungen",
  "/veranstaltungen/archiv",
  "/initiativen",
  "/themen",
  "/modellregion",
  "/aktuelles",
  "/barrierefreiheit",
  "/datenschutz",
  "/daten",
  "/impressum",
  "/leichte-sprache",
  "/gebaerdensprache",
];

const TYPES = [
  { key: "programmes", file: "foerderprogramme" },
  { key: "advisors", file: "berater" },
  { key: "providers", file: "dienstleister" },
  { key: "events", file: "veranstaltungen" },
  { key: "initiatives", file: "initiativen" },
  { key: "news", file: "aktuelles" },
  { key: "topics", file: "themen" },
] as const;

function latest(pages: SitemapPage[]): string | undefined {
  return pages.reduce<string | undefined>((max, page) => (page.lastModified && (!max || page.lastModified > max) ? page.lastModified : max), undefined);
}

/**
 * The event lists change when one of their events is edited and when an event ends: it leaves
 * /veranstaltungen for /veranstaltungen/archiv without an edit, so its end dates both lists.
 */
function eventListChanges(events: PublishedPages["events"], now: Date) {
  const ended = events.filter((event) => Date.parse(event.endsAt) <= now.getTime());
  const upcoming = events.filter((event) => Date.parse(event.endsAt) > now.getTime());
  const ends = ended.map((event) => ({ path: event.path, lastModified: event.endsAt }));
  return { upcoming: latest([...upcoming, ...ends]), archive: latest([...ended, ...ends]) };
}

/** The file of the pages that are not entries: lists change when one of their entries does. */
function staticFile(published: PublishedPages, now: Date): SitemapFile {
  const events = eventListChanges(published.events, now);
  const listChange: Record<string, string | undefined> = {
    "/": latest([...published.programmes, ...published.advisors, ...published.providers, ...published.events, ...published.initiatives]),
    "/foerder-check": latest(published.programmes),
    "/foerderprogramme": latest(published.programmes),
    "/fristen": latest(published.programmes),
    "/berater": latest(published.advisors),
    "/dienstleister": latest(published.providers),
    "/veranstaltungen": events.upcoming,
    "/veranstaltungen/archiv": events.archive,
    "/initiativen": latest(published.initiatives),
    "/themen": latest(published.topics),
    "/aktuelles": latest(published.news),
  };
  const pages = STATIC_PAGES.map((path) => ({ path, lastModified: listChange[path] }));
  return { name: "seiten.xml", pages, lastModified: latest(pages) };
}

/** All sitemap files, in a stable order: the static pages, then each type in chunks of `limit`. */
export function sitemapFiles(published: PublishedPages, limit = SITEMAP_FILE_LIMIT, now: Date = new Date()): SitemapFile[] {
  const files = [staticFile(published, now)];
  for (const { key, file } of TYPES) {
    const pages: SitemapPage[] = published[key].map(({ path, lastModified }) => ({ path, lastModified }));
    for (let start = 0, part = 1; start < pages.length; start += limit, part++) {
      const chunk = pages.slice(start, start + limit);
      files.push({ name: `${file}-${part}.xml`, pages: chunk, lastModified: latest(chunk) });
    }
  }
  return files;
}
