import "server-only";
import { db } from "@/lib/db/client";
import type { PublicationStatus } from "@/lib/db/enums";
import { optionalDateColumnDay } from "@/lib/dates";
import { publishedOnly } from "@/lib/publication";
import type { ProgrammeCardDTO, ProgrammeDetailDTO } from "./dto";

// A programme of any status in the shapes the public pages use (detail DTO, card DTO), for the
// editors' preview. Linked advisors are filtered as on the public page: only published ones show.
export async function getProgrammePreview(
  id: string,
): Promise<{ status: PublicationStatus; detail: ProgrammeDetailDTO; card: ProgrammeCardDTO } | null> {
  const row = await db.programme.findUnique({
    where: { id },
    select: {
      status: true,
      slug: true,
      title: true,
      summary: true,
      description: true,
      eligibility: true,
      howToApply: true,
      level: true,
      fundingTypes: true,
      targetGroups: true,
      amountText: true,
      amountMin: true,
      amountMax: true,
      applicationStart: true,
      deadline: true,
      sourceUrl: true,
      lastVerifiedAt: true,
      publishedAt: true,
      createdAt: true,
      updatedAt: true,
      fundingBody: { select: { slug: true, name: true, shortName: true, website: true } },
      topics: { select: { slug: true, name: true, description: true }, orderBy: { sortOrder: "asc" } },
      regions: { select: { slug: true, name: true, kind: true }, orderBy: { sortOrder: "asc" } },
      advisors: {
        where: publishedOnly(),
        orderBy: { name: "asc" },
        select: {
          slug: true,
          name: true,
          jobTitle: true,
          email: true,
          phone: true,
          organisation: { select: { name: true } },
          regions: { select: { slug: true } },
        },
      },
    },
  });
  if (!row) return null;
  const { status, publishedAt, createdAt, ...rest } = row;
  const applicationStart = optionalDateColumnDay(row.applicationStart);
  const deadline = optionalDateColumnDay(row.deadline);
  const detail: ProgrammeDetailDTO = {
    ...rest,
    applicationStart,
    deadline,
    lastVerifiedAt: row.lastVerifiedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    advisors: row.advisors.map(({ organisation, regions, ...advisor }) => ({
      ...advisor,
      organisationName: organisation.name,
      regionSlugs: regions.map((r) => r.slug),
    })),
  };
  const card: ProgrammeCardDTO = {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    level: row.level,
    fundingTypes: row.fundingTypes,
    targetGroups: row.targetGroups,
    topicSlugs: row.topics.map((t) => t.slug),
    regionSlugs: row.regions.map((r) => r.slug),
    fundingBodyName: row.fundingBody.name,
    amountText: row.amountText,
    applicationStart,
    deadline,
    publishedAt: (publishedAt ?? createdAt).toISOString(),
  };
  return { status, detail, card };
}
