import { Readable } from "node:stream";
import { SitemapIndexStream, SitemapStream, streamToPromise } from "sitemap";
import type { SitemapFile } from "./files";

// The XML is written by the maintained `sitemap` package (escaping, namespaces, limits).

const NO_EXTENSIONS = { news: false, xhtml: false, image: false, video: false };

export async function urlsetXml(siteUrl: string, file: SitemapFile): Promise<string> {
  const stream = new SitemapStream({ hostname: siteUrl, xmlns: NO_EXTENSIONS });
  const items = file.pages.map((page) => ({ url: page.path, lastmod: page.lastModified }));
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
