import "server-only";
import { db } from "@/lib/db/client";
import { PublicationStatus } from "@/lib/db/enums";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { invalidateTags } from "@/lib/cache/invalidate";
import { AppError } from "@/lib/errors";
import { CONTENT_TAGS } from "@/lib/content/cache-tags";
import { conflictError } from "@/lib/content/conflict";
import { assertVersion, NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import { syncDocuments } from "@/lib/search/sync";
import { TAXONOMY_TAG } from "./cached";
import type { TopicUpdateInput } from "./schema";

const SNAPSHOT = { id: true, slug: true, name: true, description: true, pageText: true, sortOrder: true, version: true } as const;
const EDITABLE = ["name", "description", "pageText", "sortOrder"] as const;

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
    const conflict = (current: typeof before) => conflictError(fields, current, current.version, { fields: EDITABLE });
    assertVersion(before.version, version, () => conflict(before));
    await writeAtVersion(
      () => tx.topic.updateMany({ where: { id, version }, data: { ...fields, version: NEXT_VERSION } }),
      async () => {
        const now = await tx.topic.findUnique({ where: { id }, select: SNAPSHOT });
        return now ? conflict(now) : new AppError("NOT_FOUND", "topic");
      },
    );
    const after = { ...before, ...fields, version: before.version + 1 };
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
  invalidateTags([TAXONOMY_TAG, CONTENT_TAGS.programme.all, CONTENT_TAGS.advisor.all]);
  return updated;
}
