import "server-only";
import { translationSelect } from "@/lib/content/translations";
import { db, type Prisma } from "@/lib/db/client";
import { optionalDateColumnDay } from "@/lib/dates";
import { publishedOnly } from "@/lib/publication";
import { LINK_TITLE_SELECT } from "@/lib/content/translations";
import type { AdvisorCardDTO, AdvisorDetailDTO } from "./dto";
import { ADVISOR_PROFILE_FIELDS } from "./profile-select";

/** Every published advisor as a card (the list page filters and sorts in memory). */
export function listPublishedAdvisorCards(): Promise<AdvisorCardDTO[]> {
  return readCards(publishedOnly());
}

/** The cards of some published advisors (one page of search hits), in one query. */
export function listPublishedAdvisorCardsBySlugs(slugs: readonly string[]): Promise<AdvisorCardDTO[]> {
  return readCards({ ...publishedOnly(), slug: { in: [...slugs] } });
}

async function readCards(where: Prisma.AdvisorWhereInput): Promise<AdvisorCardDTO[]> {
  const rows = await db.advisor.findMany({
    where,
    orderBy: { name: "asc" },
    select: {
      slug: true,
      kind: true,
      name: true,
      jobTitle: true,
      summary: true,
      ...translationSelect(["jobTitle", "summary"]),
      consultationModes: true,
      town: true,
      organisation: { select: { slug: true, name: true } },
      topics: { select: { slug: true }, orderBy: { sortOrder: "asc" } },
      regions: { select: { slug: true }, orderBy: { sortOrder: "asc" } },
    },
  });
  return rows.map(({ organisation, topics, regions, ...row }) => ({
    ...row,
    organisationSlug: organisation.slug,
    organisationName: organisation.name,
    topicSlugs: topics.map((t) => t.slug),
    regionSlugs: regions.map((r) => r.slug),
  }));
}

/** What the public detail page shows; the editor preview reads a draft with the same select. */
export const advisorDetailSelect = {
  ...ADVISOR_PROFILE_FIELDS,
  lastVerifiedAt: true,
  updatedAt: true,
  organisation: { select: { slug: true, name: true, shortName: true, website: true } },
  topics: { select: { slug: true, name: true, description: true }, orderBy: { sortOrder: "asc" } },
  regions: { select: { slug: true, name: true, kind: true }, orderBy: { sortOrder: "asc" } },
  // The advisor is public, but a programme linked to it may still be a draft or archived.
  programmes: {
    where: publishedOnly(),
    orderBy: { title: "asc" },
    select: {
      ...LINK_TITLE_SELECT,
      applicationStart: true,
      deadline: true,
      fundingBody: { select: { name: true } },
    },
  },
} satisfies Prisma.AdvisorSelect;

type AdvisorDetailRow = Prisma.AdvisorGetPayload<{ select: typeof advisorDetailSelect }>;

export function toAdvisorDetailDTO(row: AdvisorDetailRow): AdvisorDetailDTO {
  return {
    ...row,
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    programmes: row.programmes.map(({ fundingBody, applicationStart, deadline, ...programme }) => ({
      ...programme,
      fundingBodyName: fundingBody.name,
      applicationStart: optionalDateColumnDay(applicationStart),
      deadline: optionalDateColumnDay(deadline),
    })),
  };
}

export async function getPublishedAdvisorBySlug(slug: string): Promise<AdvisorDetailDTO | null> {
  const row = await db.advisor.findFirst({ where: { slug, ...publishedOnly() }, select: advisorDetailSelect });
  return row && toAdvisorDetailDTO(row);
}
