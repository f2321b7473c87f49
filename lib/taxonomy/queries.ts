import "server-only";
import { db } from "@/lib/db/client";
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
