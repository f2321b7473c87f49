import { enumToSlug, indexedByParam } from "@/lib/facets";
import { publishedOnly } from "@/lib/publication";
import type { SearchDocument } from "../types";
import type { SearchClient } from "../client";
import { facetLabel, TYPE_KEYWORDS } from "./labels";
import { documentId, joinText, type BuildContext, publishedBatch, type BuildPage } from "./shared";
import { translationSelect } from "@/lib/content/translations";

const select = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  ...translationSelect(["title", "summary", "body"]),
  kind: true,
  publishedAt: true,
  createdAt: true,
  topics: { select: { slug: true, name: true } },
  // Only published linked entries: a draft's title must not become findable through a news item.
  programmes: { where: publishedOnly(), select: { title: true }, orderBy: { title: "asc" } },
  initiatives: { where: publishedOnly(), select: { title: true }, orderBy: { title: "asc" } },
  events: { where: publishedOnly(), select: { title: true }, orderBy: { title: "asc" } },
} as const;

export async function buildNewsDocuments(client: SearchClient, _ctx: BuildContext, ids?: readonly string[], page?: BuildPage): Promise<SearchDocument[]> {
  const rows = await client.newsItem.findMany({ ...publishedBatch(publishedOnly(), ids, page), select });
  return rows.map((row) => ({
    id: documentId("news", row.id),
    type: "news",
    entityId: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    body: joinText(row.body, [...row.programmes, ...row.initiatives, ...row.events].map((linked) => linked.title).join("\n")),
    keywords: [...row.topics.map((t) => t.name), facetLabel("newsKind", row.kind), ...TYPE_KEYWORDS.news].filter((k): k is string => Boolean(k)),
    facets: indexedByParam("news", {
      topic: row.topics.map((t) => t.slug),
      newsKind: [enumToSlug(row.kind)],
    }),
    applicationStart: null,
    deadline: null,
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    translations: {
      fr: { title: row.titleFr, summary: row.summaryFr, body: joinText(row.bodyFr) || null },
      en: { title: row.titleEn, summary: row.summaryEn, body: joinText(row.bodyEn) || null },
    },
  }));
}
