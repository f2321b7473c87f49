import { env } from "@/lib/env";
import { getPublishedPages } from "@/lib/sitemap/cached";
import { sitemapFiles } from "@/lib/sitemap/files";
import { urlsetXml, xmlResponse } from "@/lib/sitemap/xml";

// One file of the sitemap index; names come from the index (seiten.xml, foerderprogramme-1.xml …).
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file: name } = await params;
  const file = sitemapFiles(await getPublishedPages()).find((candidate) => candidate.name === name);
  if (!file) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return xmlResponse(await urlsetXml(env.SITE_URL, file));
}
