import { dateColumnDay } from "@/lib/dates";
import { enumToSlug, indexedByParam } from "@/lib/facets";
import { PROGRAMME_CONTENT_FIELDS } from "@/lib/programme/content-select";
import { publishedOnly } from "@/lib/publication";
import type { SearchDocument } from "../types";
import type { SearchClient } from "../client";
import { facetLabel, facetLabels, TYPE_KEYWORDS } from "./labels";
import { documentId, joinText, type BuildContext, publishedBatch, type BuildPage } from "./shared";

const select = {
  id: true,
  ...PROGRAMME_CONTENT_FIELDS,
  publishedAt: true,
  createdAt: true,
  fundingBody: { select: { name: true, shortName: true } },
  topics: { select: { slug: true, name: true } },
  regions: { select: { slug: true, name: true } },
} as const;

/** Published programmes among `ids` (all when omitted), `take` at a time after `cursor`. */
export async function buildProgrammeDocuments(client: SearchClient, ctx: BuildContext, ids?: readonly string[], page?: BuildPage): Promise<SearchDocument[]> {
  const rows = await client.programme.findMany({
    ...publishedBatch(publishedOnly(), ids, page),
    select,
  });
  return rows.map((row) => {
    const kreise = ctx.servedKreise(row.regions.map((r) => r.slug), row.level);
    return {
      id: documentId("programme", row.id),
      type: "programme",
      entityId: row.id,
      slug: row.slug,
      title: row.title,
      summary: row.summary,
      // Wider-area programmes apply in every Kreis: the Kreis names make "… Bitburg" find them,
      // weighted lowest so programmes that name the place themselves rank first.
      // Documents and the legal basis's title ("De-minimis", "Verwendungsnachweis") are findable, in
      // the body, whose weight is the lowest.
      body: joinText(
        row.description,
        row.eligibility,
        row.howToApply,
        row.amountText,
        row.requiredDocuments,
        row.legalBasisTitle,
        row.combinabilityNote,
        ctx.kreisNames(kreise).join(", "),
      ),
      keywords: [
        row.fundingBody.name,
        row.fundingBody.shortName,
        ...row.topics.map((t) => t.name),
        ...row.regions.map((r) => r.name),
        facetLabel("fundingLevel", row.level),
        ...facetLabels("fundingType", row.fundingTypes),
        ...facetLabels("targetGroup", row.targetGroups),
        ...TYPE_KEYWORDS.programme,
      ].filter((k): k is string => Boolean(k)),
      facets: indexedByParam("programme", {
        fundingType: row.fundingTypes.map(enumToSlug),
        targetGroup: row.targetGroups.map(enumToSlug),
        topic: row.topics.map((t) => t.slug),
        region: kreise,
        fundingLevel: [enumToSlug(row.level)],
      }),
      applicationStart: row.applicationStart ? dateColumnDay(row.applicationStart) : null,
      deadline: row.deadline ? dateColumnDay(row.deadline) : null,
      publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
      translations: {
        fr: { title: row.titleFr, summary: row.summaryFr, body: joinText(row.descriptionFr) || null },
        en: { title: row.titleEn, summary: row.summaryEn, body: joinText(row.descriptionEn) || null },
      },
    };
  });
}
