import { enumToSlug, indexedByParam } from "@/lib/facets";
import { INITIATIVE_CONTENT_FIELDS } from "@/lib/initiative/content-select";
import { publishedOnly } from "@/lib/publication";
import type { SearchDocument } from "../types";
import type { SearchClient } from "../client";
import { facetLabel, TYPE_KEYWORDS } from "./labels";
import { documentId, joinText, type BuildContext, publishedBatch, type BuildPage } from "./shared";

const select = {
  id: true,
  ...INITIATIVE_CONTENT_FIELDS,
  publishedAt: true,
  createdAt: true,
  responsibleBody: { select: { name: true, shortName: true } },
  topics: { select: { slug: true, name: true } },
  regions: { select: { slug: true, name: true } },
  // Only published programmes: a draft's title must not become findable through an initiative.
  programmes: { where: publishedOnly(), select: { title: true }, orderBy: { title: "asc" } },
  milestones: { select: { title: true }, orderBy: { date: "asc" } },
} as const;

export async function buildInitiativeDocuments(client: SearchClient, ctx: BuildContext, ids?: readonly string[], page?: BuildPage): Promise<SearchDocument[]> {
  const rows = await client.initiative.findMany({ ...publishedBatch(publishedOnly(), ids, page), select });
  return rows.map((row) => {
    const kreise = ctx.servedKreise(row.regions.map((r) => r.slug));
    return {
      id: documentId("initiative", row.id),
      type: "initiative",
      entityId: row.id,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      body: joinText(row.description, row.outcomes, row.milestones.map((m) => m.title).join("\n"), row.programmes.map((p) => p.title).join("\n"), ctx.kreisNames(kreise).join(", ")),
      keywords: [
        row.responsibleBody.name,
        row.responsibleBody.shortName,
        ...row.topics.map((t) => t.name),
        ...row.regions.map((r) => r.name),
        facetLabel("initiativePhase", row.phase),
        ...TYPE_KEYWORDS.initiative,
      ].filter((k): k is string => Boolean(k)),
      facets: indexedByParam("initiative", {
        topic: row.topics.map((t) => t.slug),
        region: kreise,
        initiativePhase: [enumToSlug(row.phase)],
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
