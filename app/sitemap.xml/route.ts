import { env } from "@/lib/env";
import { getPublishedPages } from "@/lib/sitemap/cached";
import { sitemapFiles } from "@/lib/sitemap/files";
import { indexXml, xmlResponse } from "@/lib/sitemap/xml";

// Per request from the cached read, as its files: a copy prerendered at build time would outlive edits.
export const dynamic = "force-dynamic";

// An index of the sitemap files (/sitemaps/<name>.xml), split by type and size (lib/sitemap/files.ts).
export async function GET() {
  return xmlResponse(await indexXml(env.SITE_URL, sitemapFiles(await getPublishedPages())));
}
