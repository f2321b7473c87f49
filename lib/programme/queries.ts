import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { optionalDateColumnDay } from "@/lib/dates";
import { publishedOnly } from "@/lib/publication";
import type { ProgrammeCardDTO, ProgrammeDetailDTO } from "./dto";

/** The facet-relevant projection of every published programme (the list page filters it in memory). */
export async function listPublishedProgrammeCards(): Promise<ProgrammeCardDTO[]> {
  const rows = await db.programme.findMany({
    where: publishedOnly(),
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      summary: true,
      level: true,
      fundingTypes: true,
      targetGroups: true,
      amountText: true,
      applicationStart: true,
      deadline: true,
      publishedAt: true,
      createdAt: true,
      fundingBody: { select: { name: true } },
      topics: { select: { slug: true } },
      regions: { select: { slug: true } },
    },
  });
  return rows.map((row) => ({
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
    applicationStart: optionalDateColumnDay(row.applicationStart),
    deadline: optionalDateColumnDay(row.deadline),
    publishedAt: (row.publishedAt ?? row.createdAt).toISOString(),
  }));
}

/** What a programme's public page shows; the editors' preview reads the same (./editor-preview.ts). */
export const programmeDetailSelect = {
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
} satisfies Prisma.ProgrammeSelect;

export function toProgrammeDetailDTO(row: Prisma.ProgrammeGetPayload<{ select: typeof programmeDetailSelect }>): ProgrammeDetailDTO {
  return {
    ...row,
    applicationStart: optionalDateColumnDay(row.applicationStart),
    deadline: optionalDateColumnDay(row.deadline),
    lastVerifiedAt: row.lastVerifiedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    advisors: row.advisors.map(({ organisation, regions, ...advisor }) => ({
      ...advisor,
      organisationName: organisation.name,
      regionSlugs: regions.map((r) => r.slug),
    })),
  };
}

export async function getPublishedProgrammeBySlug(slug: string): Promise<ProgrammeDetailDTO | null> {
  const row = await db.programme.findFirst({ where: { slug, ...publishedOnly() }, select: programmeDetailSelect });
  return row ? toProgrammeDetailDTO(row) : null;
}
