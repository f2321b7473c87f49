import { enumToSlug, indexedByParam } from "@/lib/facets";
import { publishedOnly } from "@/lib/publication";
import type { SearchDocument } from "../types";
import type { SearchClient } from "../client";
import { facetLabel, facetLabels, TYPE_KEYWORDS } from "./labels";
import { documentId, joinText, type BuildContext, publishedBatch, type BuildPage } from "./shared";
import { translationSelect } from "@/lib/content/translations";

// Past events stay findable (the archive is public); the hit's page says that the event is over.
const select = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  description: true,
  ...translationSelect(["title", "summary", "description"]),
  format: true,
  venueName: true,
  street: true,
  postalCode: true,
  town: true,
  costs: true,
  targetGroups: true,
  publishedAt: true,
  createdAt: true,
  organiser: { select: { slug: true, name: true, shortName: true } },
  topics: { select: { slug: true, name: true } },
  regions: { select: { slug: true, name: true } },
} as const;

export async function buildEventDocuments(client: SearchClient, ctx: BuildContext, ids?: readonly string[], page?: BuildPage): Promise<SearchDocument[]> {
  const rows = await client.event.findMany({ ...publishedBatch(publishedOnly(), ids, page), select });
  return rows.map((row) => {
    const kreise = ctx.servedKreise(row.regions.map((r) => r.slug));
    return {
      id: documentId("event", row.id),
      type: "event",
      entityId: row.id,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      body: joinText(
        row.description,
        [row.venueName, row.street, [row.postalCode, row.town].filter(Boolean).join(" ")].filter(Boolean).join(", "),
        row.costs,
        ctx.kreisNames(kreise).join(", "),
      ),
      keywords: [
        row.organiser.name,
        row.organiser.shortName,
        row.town,
        ...row.topics.map((t) => t.name),
        ...row.regions.map((r) => r.name),
        facetLabel("eventFormat", row.format),
        ...facetLabels("targetGroup", row.targetGroups),
        ...TYPE_KEYWORDS.event,
      ].filter((k): k is string => Boolean(k)),
      facets: indexedByParam("event", {
        targetGroup: row.targetGroups.map(enumToSlug),
        topic: row.topics.map((t) => t.slug),
        region: kreise,
        eventFormat: [enumToSlug(row.format)],
      }),
      applicationStart: null,
      deadline: null,
      publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
      translations: {
        fr: { title: row.titleFr, summary: row.summaryFr, body: joinText(row.descriptionFr) || null },
        en: { title: row.titleEn, summary: row.summaryEn, body: joinText(row.descriptionEn) || null },
      },
    };
  });
}
