import { ADVISOR_PROFILE_FIELDS } from "@/lib/advisor/profile-select";
import { enumToSlug, indexedByParam } from "@/lib/facets";
import { publishedOnly } from "@/lib/publication";
import type { SearchDocument } from "../types";
import type { SearchClient } from "../client";
import { facetLabel, facetLabels, TYPE_KEYWORDS } from "./labels";
import { documentId, joinText, type BuildContext, publishedBatch, type BuildPage } from "./shared";

const select = {
  id: true,
  ...ADVISOR_PROFILE_FIELDS,
  publishedAt: true,
  createdAt: true,
  organisation: { select: { slug: true, name: true, shortName: true } },
  topics: { select: { slug: true, name: true } },
  regions: { select: { slug: true, name: true } },
  // Only published programmes: a draft's title must not become findable through its advisor.
  programmes: { where: publishedOnly(), select: { title: true }, orderBy: { title: "asc" } },
} as const;

export async function buildAdvisorDocuments(client: SearchClient, ctx: BuildContext, ids?: readonly string[], page?: BuildPage): Promise<SearchDocument[]> {
  const rows = await client.advisor.findMany({
    ...publishedBatch(publishedOnly(), ids, page),
    select,
  });
  return rows.map((row) => {
    const kreise = ctx.servedKreise(row.regions.map((r) => r.slug));
    return {
      id: documentId("advisor", row.id),
      type: "advisor",
      entityId: row.id,
      slug: row.slug,
      title: row.name,
      summary: row.summary,
      body: joinText(
        row.programmes.map((p) => p.title).join("\n"),
        [row.street, [row.postalCode, row.town].filter(Boolean).join(" ")].filter(Boolean).join(", "),
        row.officeHours,
        ctx.kreisNames(kreise).join(", "),
      ),
      keywords: [
        row.jobTitle,
        row.organisation.name,
        row.organisation.shortName,
        row.town,
        ...row.topics.map((t) => t.name),
        ...row.regions.map((r) => r.name),
        facetLabel("advisorKind", row.kind),
        ...facetLabels("consultationMode", row.consultationModes),
        ...TYPE_KEYWORDS.advisor,
      ].filter((k): k is string => Boolean(k)),
      facets: indexedByParam("advisor", {
        topic: row.topics.map((t) => t.slug),
        region: kreise,
        organisation: [row.organisation.slug],
        consultationMode: row.consultationModes.map(enumToSlug),
      }),
      applicationStart: null,
      deadline: null,
      publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
      // The name is not translated (components/search/search-hit.tsx decides how a hit shows it).
      translations: {
        fr: { title: null, summary: row.summaryFr, body: joinText(row.jobTitleFr, row.officeHoursFr) || null },
        en: { title: null, summary: row.summaryEn, body: joinText(row.jobTitleEn, row.officeHoursEn) || null },
      },
    };
  });
}
