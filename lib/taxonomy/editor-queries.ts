import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ServiceCategory } from "@/lib/db/enums";

// Reads for the editor pages (/redaktion/themen): uncached, with ids and lock tokens; each checks
// taxonomy.manage, the permission of the pages that show them.

export interface TopicEditDTO {
  id: string;
  slug: string;
  name: string;
  description: string;
  pageText: string | null;
  sortOrder: number;
  version: number;
  programmes: number;
  advisors: number;
}

const topicSelect = { id: true, slug: true, name: true, description: true, pageText: true, sortOrder: true, version: true, _count: { select: { programmes: true, advisors: true } } } as const;

function toTopicDto({ _count, ...topic }: { _count: { programmes: number; advisors: number } } & Omit<TopicEditDTO, "programmes" | "advisors">): TopicEditDTO {
  return { ...topic, programmes: _count.programmes, advisors: _count.advisors };
}

export async function listTopicsForEdit(actor: Actor | null): Promise<TopicEditDTO[]> {
  assertCan(actor, "taxonomy.manage");
  const rows = await db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: topicSelect });
  return rows.map(toTopicDto);
}

export async function getTopicForEdit(actor: Actor | null, id: string): Promise<TopicEditDTO | null> {
  assertCan(actor, "taxonomy.manage");
  const row = await db.topic.findUnique({ where: { id }, select: topicSelect });
  return row && toTopicDto(row);
}

export interface SynonymGroupEditDTO {
  id: string;
  terms: string[];
  /** the optimistic lock of the edit form */
  version: number;
}

export async function listSynonymGroupsForEdit(actor: Actor | null): Promise<SynonymGroupEditDTO[]> {
  assertCan(actor, "taxonomy.manage");
  const rows = await db.synonymGroup.findMany({ select: { id: true, terms: true, version: true } });
  return rows.sort((a, b) => (a.terms[0] ?? "").localeCompare(b.terms[0] ?? "", "de"));
}

export async function getSynonymGroupForEdit(actor: Actor | null, id: string): Promise<SynonymGroupEditDTO | null> {
  assertCan(actor, "taxonomy.manage");
  return db.synonymGroup.findUnique({ where: { id }, select: { id: true, terms: true, version: true } });
}

export interface ServiceTopicRowEditDTO {
  service: ServiceCategory;
  topicIds: string[];
  /** the row's lock in the matrix form */
  version: number;
}

export interface ServiceTopicMatrixEditDTO {
  topics: { id: string; name: string }[];
  rows: ServiceTopicRowEditDTO[];
}

/** The Leistung ↔ Themenfeld matrix, every Leistung in enum order (a missing row: none mapped yet). */
export async function getServiceTopicMatrixForEdit(actor: Actor | null): Promise<ServiceTopicMatrixEditDTO> {
  assertCan(actor, "taxonomy.manage");
  const topics = await db.topic.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } });
  const stored = await db.serviceTopicMapping.findMany({ select: { service: true, version: true, topics: { select: { id: true } } } });
  const byService = new Map(stored.map((row) => [row.service, row]));
  const rows = Object.values(ServiceCategory).map((service) => {
    const row = byService.get(service);
    return { service, version: row?.version ?? 1, topicIds: row ? row.topics.map((t) => t.id) : [] };
  });
  return { topics, rows };
}
