import { enumToSlug, indexedByParam } from "@/lib/facets";
import { publishedOnly } from "@/lib/publication";
import { PROVIDER_PROFILE_FIELDS } from "@/lib/provider/profile-select";
import type { SearchDocument } from "../types";
import type { SearchClient } from "../client";
import { facetLabel, facetLabels, TYPE_KEYWORDS } from "./labels";
import { documentId, joinText, type BuildContext, publishedBatch, type BuildPage } from "./shared";

const select = {
  id: true,
  ...PROVIDER_PROFILE_FIELDS,
  publishedAt: true,
  createdAt: true,
  region: { select: { slug: true, name: true } },
  references: { select: { title: true, client: true, description: true }, orderBy: { sortOrder: "asc" } },
} as const;

export async function buildProviderDocuments(client: SearchClient, _ctx: BuildContext, ids?: readonly string[], page?: BuildPage): Promise<SearchDocument[]> {
  const rows = await client.provider.findMany({
    ...publishedBatch(publishedOnly(), ids, page),
    select,
  });
  return rows.map((row) => ({
    id: documentId("provider", row.id),
    type: "provider",
    entityId: row.id,
    slug: row.slug,
    title: row.name,
    summary: row.summary,
    body: joinText(
      row.description,
      ...row.references.map((r) => joinText(r.title, r.client, r.description)),
      [row.street, [row.postalCode, row.town].filter(Boolean).join(" ")].filter(Boolean).join(", "),
    ),
    keywords: [
      row.town,
      row.region.name,
      ...row.certifications,
      ...facetLabels("service", row.services),
      ...facetLabels("industry", row.industries),
      facetLabel("companySize", row.size),
      ...TYPE_KEYWORDS.provider,
    ].filter((k): k is string => Boolean(k)),
    facets: indexedByParam("provider", {
      service: row.services.map(enumToSlug),
      industry: row.industries.map(enumToSlug),
      // A provider's seat is one Kreis (the list page filters the same way).
      region: [row.region.slug],
      companySize: [enumToSlug(row.size)],
    }),
    applicationStart: null,
    deadline: null,
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
    // The name is not translated (components/search/search-hit.tsx decides how a hit shows it).
    translations: {
      fr: { title: null, summary: row.summaryFr, body: joinText(row.descriptionFr) || null },
      en: { title: null, summary: row.summaryEn, body: joinText(row.descriptionEn) || null },
    },
  }));
}
