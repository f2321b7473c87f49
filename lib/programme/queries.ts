import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { optionalDateColumnDay } from "@/lib/dates";
import { publishedOnly } from "@/lib/publication";
import { LINK_TITLE_SELECT, translationSelect } from "@/lib/content/translations";
import { PROGRAMME_CARD_SELECT, PROGRAMME_CONTENT_FIELDS, toProgrammeCardDTO } from "./content-select";
import type { ProgrammeCardDTO, ProgrammeDetailDTO } from "./dto";

/** The facet-relevant projection of every published programme (the list page filters it in memory). */
export function listPublishedProgrammeCards(): Promise<ProgrammeCardDTO[]> {
  return readCards(publishedOnly());
}

/** The cards of some published programmes (one page of search hits), in one query. */
export function listPublishedProgrammeCardsBySlugs(slugs: readonly string[]): Promise<ProgrammeCardDTO[]> {
  return readCards({ ...publishedOnly(), slug: { in: [...slugs] } });
}

async function readCards(where: Prisma.ProgrammeWhereInput): Promise<ProgrammeCardDTO[]> {
  const rows = await db.programme.findMany({ where, orderBy: { title: "asc" }, select: PROGRAMME_CARD_SELECT });
  return rows.map(toProgrammeCardDTO);
}

/** What a programme's public page shows; the editors' preview reads the same (./editor-preview.ts). */
export const programmeDetailSelect = {
  ...PROGRAMME_CONTENT_FIELDS,
  lastVerifiedAt: true,
  updatedAt: true,
  fundingBody: { select: { slug: true, name: true, shortName: true, website: true, email: true, phone: true, contactUrl: true } },
  topics: { select: { slug: true, name: true, description: true }, orderBy: { sortOrder: "asc" } },
  regions: { select: { slug: true, name: true, kind: true }, orderBy: { sortOrder: "asc" } },
  // Only published successors: a link to a draft would be a 404 (rule 7).
  successors: {
    where: publishedOnly(),
    orderBy: { title: "asc" },
    select: { ...LINK_TITLE_SELECT, applicationStart: true, deadline: true },
  },
  advisors: {
    where: publishedOnly(),
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      kind: true,
      jobTitle: true,
      ...translationSelect(["jobTitle"]),
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
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    successors: row.successors.map((s) => ({
      slug: s.slug,
      title: s.title,
      titleFr: s.titleFr,
      titleEn: s.titleEn,
      applicationStart: optionalDateColumnDay(s.applicationStart),
      deadline: optionalDateColumnDay(s.deadline),
    })),
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
