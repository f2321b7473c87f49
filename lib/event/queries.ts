import "server-only";
import { db, type Prisma } from "@/lib/db/client";
import { publishedOnly } from "@/lib/publication";
import type { EventCardDTO, EventDetailDTO } from "./dto";
import { translationSelect } from "@/lib/content/translations";

/** Every published event, past ones too, as a card (the lists split and filter in memory). */
export function listPublishedEventCards(): Promise<EventCardDTO[]> {
  return readCards(publishedOnly());
}

/** The cards of some published events (one page of search hits), in one query. */
export function listPublishedEventCardsBySlugs(slugs: readonly string[]): Promise<EventCardDTO[]> {
  return readCards({ ...publishedOnly(), slug: { in: [...slugs] } });
}

async function readCards(where: Prisma.EventWhereInput): Promise<EventCardDTO[]> {
  const rows = await db.event.findMany({
    where,
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      ...translationSelect(["title", "summary"]),
      format: true,
      venueName: true,
      town: true,
      startsAt: true,
      endsAt: true,
      costs: true,
      targetGroups: true,
      updatedAt: true,
      organiser: { select: { slug: true, name: true } },
      topics: { select: { slug: true }, orderBy: { sortOrder: "asc" } },
      regions: { select: { slug: true }, orderBy: { sortOrder: "asc" } },
    },
  });
  return rows.map(({ organiser, topics, regions, startsAt, endsAt, updatedAt, ...row }) => ({
    ...row,
    updatedAt: updatedAt.toISOString(),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    organiserSlug: organiser.slug,
    organiserName: organiser.name,
    topicSlugs: topics.map((t) => t.slug),
    regionSlugs: regions.map((r) => r.slug),
  }));
}

/** What the public detail page shows; the editor preview reads a draft with the same select. */
export const eventDetailSelect = {
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
  onlineUrl: true,
  startsAt: true,
  endsAt: true,
  costs: true,
  registrationUrl: true,
  targetGroups: true,
  lastVerifiedAt: true,
  updatedAt: true,
  organiser: { select: { slug: true, name: true, shortName: true, website: true } },
  topics: { select: { slug: true, name: true, description: true }, orderBy: { sortOrder: "asc" } },
  regions: { select: { slug: true, name: true, kind: true }, orderBy: { sortOrder: "asc" } },
} satisfies Prisma.EventSelect;

type EventDetailRow = Prisma.EventGetPayload<{ select: typeof eventDetailSelect }>;

export function toEventDetailDTO(row: EventDetailRow): EventDetailDTO {
  return {
    ...row,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    lastVerifiedAt: row.lastVerifiedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getPublishedEventBySlug(slug: string): Promise<EventDetailDTO | null> {
  const row = await db.event.findFirst({ where: { slug, ...publishedOnly() }, select: eventDetailSelect });
  return row && toEventDetailDTO(row);
}
