import "server-only";
import { db } from "@/lib/db/client";
import { PublicationStatus } from "@/lib/db/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { invalidateTags } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors";
import { ADVISOR_TAGS } from "@/lib/advisor/cached";
import { PROGRAMME_TAGS } from "@/lib/programme/cached";
import { syncDocuments } from "@/lib/search/sync";
import { TAXONOMY_TAG } from "./cached";
import { topicToken, type TopicUpdateInput } from "./schema";

const SNAPSHOT = { id: true, slug: true, name: true, description: true, sortOrder: true } as const;
const EDITABLE = ["name", "description", "sortOrder"] as const;

/**
 * Name, description and order of one of the eight Themenfelder. The slug never changes. Topic
 * names are keywords of programme and advisor search documents and labels on every list page.
 */
export async function updateTopic(actor: Actor, input: TopicUpdateInput) {
  assertCan(actor, "taxonomy.manage");
  const { id, version, ...fields } = input;
  const updated = await db.$transaction(async (tx) => {
    const before = await tx.topic.findUnique({ where: { id }, select: SNAPSHOT });
    if (!before) throw new AppError("NOT_FOUND", "topic");
    if (topicToken(before) !== version) throw conflict(before, fields);
    // The values just read are the lock: a concurrent save between read and write matches nothing.
    const { count } = await tx.topic.updateMany({
      where: { id, name: before.name, description: before.description, sortOrder: before.sortOrder },
      data: fields,
    });
    if (count === 0) throw conflict((await tx.topic.findUnique({ where: { id }, select: SNAPSHOT })) ?? before, fields);
    const after = { ...before, ...fields };
    await recordAudit(tx, { actor, action: "topic.updated", entityType: "topic", entityId: id, before, after });
    if (before.name !== after.name) {
      const published = { status: PublicationStatus.PUBLISHED, topics: { some: { id } } };
      const programmes = await tx.programme.findMany({ where: published, select: { id: true } });
      const advisors = await tx.advisor.findMany({ where: published, select: { id: true } });
      await syncDocuments(tx, "programme", programmes.map((p) => p.id));
      await syncDocuments(tx, "advisor", advisors.map((a) => a.id));
    }
    return after;
  });
  invalidateTags([TAXONOMY_TAG, PROGRAMME_TAGS.all, ADVISOR_TAGS.all]);
  return updated;
}

function conflict(current: { name: string; description: string; sortOrder: number }, mine: Pick<TopicUpdateInput, (typeof EDITABLE)[number]>) {
  const changes: Record<string, { mine: unknown; theirs: unknown }> = {};
  for (const field of EDITABLE) if (current[field] !== mine[field]) changes[field] = { mine: mine[field], theirs: current[field] };
  return new AppError("CONFLICT", "topic", { current: { changes, currentVersion: topicToken(current) } });
}
