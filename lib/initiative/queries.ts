import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { dateColumnDay } from "@/lib/dates";
import { ROADMAP_PHASES } from "./schema";
import { publishedOnly } from "@/lib/publication";
import { INITIATIVE_CONTENT_FIELDS, MILESTONE_SELECT, SOURCE_LINK_SELECT } from "./content-select";
import type { InitiativeCardDTO, InitiativeDetailDTO, MilestoneDTO, RoadmapMilestoneDTO, RoadmapPhaseDTO } from "./dto";
import { byMilestoneDate } from "./milestones";
import { LINK_TITLE_SELECT, translationSelect } from "@/lib/content/translations";

type MilestoneRow = { date: Date; title: string; description: string | null; roadmapPhase: MilestoneDTO["roadmapPhase"] };
const toMilestoneDTO = (row: MilestoneRow): MilestoneDTO => ({ ...row, date: dateColumnDay(row.date) });

const cardSelect = {
  slug: true,
  title: true,
  summary: true,
  ...translationSelect(["title", "summary"]),
  phase: true,
  responsibleBody: { select: { slug: true, name: true } },
  regions: { select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } },
  topics: { select: { slug: true }, orderBy: { sortOrder: "asc" } },
  milestones: MILESTONE_SELECT,
} satisfies Prisma.InitiativeSelect;

async function readCards(where: Prisma.InitiativeWhereInput): Promise<InitiativeCardDTO[]> {
  const rows = await db.initiative.findMany({ where, orderBy: { title: "asc" }, select: cardSelect });
  return rows.map(({ responsibleBody, regions, topics, milestones, ...row }) => ({
    ...row,
    responsibleBodySlug: responsibleBody.slug,
    responsibleBodyName: responsibleBody.name,
    regionSlugs: regions.map((r) => r.slug),
    regionNames: regions.map((r) => r.name),
    topicSlugs: topics.map((t) => t.slug),
    milestones: milestones.map(toMilestoneDTO),
  }));
}

/** Every published initiative as a card (the list page filters and sorts in memory). */
export function listPublishedInitiativeCards(): Promise<InitiativeCardDTO[]> {
  return readCards(publishedOnly());
}

/** The cards of some published initiatives (one page of search hits), in one query. */
export function listPublishedInitiativeCardsBySlugs(slugs: readonly string[]): Promise<InitiativeCardDTO[]> {
  return readCards({ ...publishedOnly(), slug: { in: [...slugs] } });
}

/** The published initiatives of one Themenfeld (topic slug), with phase and milestones (the /themen/<slug> page). */
export function listPublishedInitiativesForTopic(topicSlug: string): Promise<InitiativeCardDTO[]> {
  return readCards({ ...publishedOnly(), topics: { some: { slug: topicSlug } } });
}

/**
 * The milestones of published initiatives that name a roadmap phase, grouped by phase in roadmap
 * order (Vorbereitung … Optimierung; every phase present) and by date inside a phase.
 */
export async function listPublishedMilestonesByRoadmapPhase(): Promise<RoadmapPhaseDTO[]> {
  const rows = await db.initiativeMilestone.findMany({
    where: { roadmapPhase: { not: null }, initiative: publishedOnly() },
    orderBy: [{ date: "asc" }, { sortOrder: "asc" }, { id: "asc" }],
    select: { date: true, title: true, description: true, roadmapPhase: true, initiative: { select: LINK_TITLE_SELECT } },
  });
  const milestones: RoadmapMilestoneDTO[] = rows.map(({ initiative, roadmapPhase, ...row }) => ({
    ...toMilestoneDTO({ ...row, roadmapPhase }),
    roadmapPhase: roadmapPhase!,
    initiativeSlug: initiative.slug,
    initiativeTitle: initiative.title,
    initiativeTitleFr: initiative.titleFr,
    initiativeTitleEn: initiative.titleEn,
  }));
  return ROADMAP_PHASES.map((phase) => ({ phase, milestones: milestones.filter((m) => m.roadmapPhase === phase).sort(byMilestoneDate) }));
}

/** What the public detail page shows; the editor preview reads a draft with the same select. */
export const initiativeDetailSelect = {
  ...INITIATIVE_CONTENT_FIELDS,
  lastVerifiedAt: true,
  updatedAt: true,
  responsibleBody: { select: { slug: true, name: true, shortName: true, website: true } },
  regions: { select: { slug: true, name: true, kind: true }, orderBy: { sortOrder: "asc" } },
  topics: { select: { slug: true, name: true, description: true }, orderBy: { sortOrder: "asc" } },
  // The initiative is public, but a linked programme or advisor may still be a draft or archived.
  programmes: { where: publishedOnly(), orderBy: { title: "asc" }, select: LINK_TITLE_SELECT },
  contactAdvisor: {
    select: { slug: true, name: true, kind: true, jobTitle: true, ...translationSelect(["jobTitle"]), status: true, organisation: { select: { name: true } } },
  },
  milestones: MILESTONE_SELECT,
  sourceLinks: SOURCE_LINK_SELECT,
} satisfies Prisma.InitiativeSelect;

type InitiativeDetailRow = Prisma.InitiativeGetPayload<{ select: typeof initiativeDetailSelect }>;

export function toInitiativeDetailDTO(row: InitiativeDetailRow): InitiativeDetailDTO {
  const { contactAdvisor, milestones, lastVerifiedAt, updatedAt, ...rest } = row;
  const contactPublished = contactAdvisor && contactAdvisor.status === publishedOnly().status;
  return {
    ...rest,
    contactAdvisor: contactPublished
      ? {
          slug: contactAdvisor.slug,
          name: contactAdvisor.name,
          kind: contactAdvisor.kind,
          jobTitle: contactAdvisor.jobTitle,
          jobTitleFr: contactAdvisor.jobTitleFr,
          jobTitleEn: contactAdvisor.jobTitleEn,
          organisationName: contactAdvisor.organisation.name,
        }
      : null,
    milestones: milestones.map(toMilestoneDTO),
    lastVerifiedAt: lastVerifiedAt?.toISOString() ?? null,
    updatedAt: updatedAt.toISOString(),
  };
}

export async function getPublishedInitiativeBySlug(slug: string): Promise<InitiativeDetailDTO | null> {
  const row = await db.initiative.findFirst({ where: { slug, ...publishedOnly() }, select: initiativeDetailSelect });
  return row && toInitiativeDetailDTO(row);
}
