import { Readable } from "node:stream";
import { SitemapIndexStream, SitemapStream, streamToPromise } from "sitemap";
import { LOCALES } from "@/lib/i18n/config";
import { alternateUrls } from "@/lib/i18n/routing";
import type { SitemapFile } from "./files";

// The XML is written by the maintained `sitemap` package (escaping, namespaces, limits).

// Only the xhtml namespace, for the language alternates.
const EXTENSIONS = { news: false, xhtml: true, image: false, video: false };

/**
 * Every page in each language (issue 20): the German address, /fr/… and /en/…, each with the same
 * set of <xhtml:link rel="alternate" hreflang> for all three and x-default (German), the format
 * Google documents for sitemaps ("Localized versions of your page", every URL listing every
 * version, itself included). The pages' canonical links and the language switch name the same
 * addresses (lib/i18n/routing.ts, alternateUrls).
 */
export async function urlsetXml(siteUrl: string, file: SitemapFile): Promise<string> {
  const stream = new SitemapStream({ hostname: siteUrl, xmlns: EXTENSIONS });
  const items = file.pages.flatMap((page) => {
    const alternates = alternateUrls(siteUrl, page.path);
    const links = Object.entries(alternates).map(([lang, url]) => ({ lang, url }));
    return LOCALES.map((locale) => ({ url: alternates[locale], lastmod: page.lastModified, links }));
  });
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString();
}

export async function indexXml(siteUrl: string, files: SitemapFile[]): Promise<string> {
  const stream = new SitemapIndexStream();
  const items = files.map((file) => ({ url: new URL(`/sitemaps/${file.name}`, siteUrl).toString(), lastmod: file.lastModified }));
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString();
}

export function xmlResponse(body: string): Response {
  // Crawlers may keep it five minutes, as the calendar files and feeds.
  return new Response(body, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
