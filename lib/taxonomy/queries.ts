import "server-only";
import { db } from "@/lib/db/client";
import type { ServiceCategory } from "@/lib/db/enums";
import type { RegionDTO, TopicDTO } from "./dto";

export async function listTopics(): Promise<TopicDTO[]> {
  return db.topic.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { slug: true, name: true, description: true },
  });
}

export async function listRegions(): Promise<RegionDTO[]> {
  return db.region.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { slug: true, name: true, kind: true },
  });
}

/** Leistung → the slugs of the Themenfelder that fund it (public: the detail pages match by it). */
export async function listServiceTopics(): Promise<Partial<Record<ServiceCategory, string[]>>> {
  const rows = await db.serviceTopicMapping.findMany({ select: { service: true, topics: { select: { slug: true } } } });
  return Object.fromEntries(rows.map((row) => [row.service, row.topics.map((t) => t.slug).sort()]));
}

export interface TopicPageTextDTO extends TopicDTO {
  pageText: string | null;
}

/** One Themenfeld with its page text (/themen/<slug>), null for an unknown slug. */
export async function findTopicPageText(slug: string): Promise<TopicPageTextDTO | null> {
  return db.topic.findUnique({ where: { slug }, select: { slug: true, name: true, description: true, pageText: true } });
}
