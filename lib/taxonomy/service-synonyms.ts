import "server-only";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { conflictError } from "@/lib/content/conflict";
import { NEXT_VERSION, writeAtVersion } from "@/lib/content/version-lock";
import { AppError } from "@/lib/errors";
import { invalidateTags } from "@/lib/cache/invalidate";
import { SEARCH_RESULTS_TAG } from "@/lib/search/cache-tags";
import type { SynonymCreateInput, SynonymUpdateInput } from "./schema";

const SNAPSHOT = { id: true, terms: true, version: true } as const;

export async function createSynonymGroup(actor: Actor, input: SynonymCreateInput) {
  assertCan(actor, "taxonomy.manage");
  const created = await db.$transaction(async (tx) => {
    const group = await tx.synonymGroup.create({ data: { terms: input.terms }, select: SNAPSHOT });
    await recordAudit(tx, { actor, action: "synonymGroup.created", entityType: "synonymGroup", entityId: group.id, before: null, after: group });
    return group;
  });
  await afterSynonymChange();
  return created;
}

export async function updateSynonymGroup(actor: Actor, input: SynonymUpdateInput) {
  assertCan(actor, "taxonomy.manage");
  const { id, version, terms } = input;
  const updated = await db.$transaction(async (tx) => {
    const before = await tx.synonymGroup.findUnique({ where: { id }, select: SNAPSHOT });
    if (!before) throw new AppError("NOT_FOUND", "synonymGroup");
    await writeAtVersion(
      () => tx.synonymGroup.updateMany({ where: { id, version }, data: { terms, version: NEXT_VERSION } }),
      async () => {
        const now = await tx.synonymGroup.findUnique({ where: { id }, select: SNAPSHOT });
        return now ? conflictError({ terms }, now, now.version) : new AppError("NOT_FOUND", "synonymGroup");
      },
    );
    const after = await tx.synonymGroup.findUniqueOrThrow({ where: { id }, select: SNAPSHOT });
    await recordAudit(tx, { actor, action: "synonymGroup.updated", entityType: "synonymGroup", entityId: id, before, after });
    return after;
  });
  await afterSynonymChange();
  return updated;
}

export async function deleteSynonymGroup(actor: Actor, id: string) {
  assertCan(actor, "taxonomy.manage");
  await db.$transaction(async (tx) => {
    const before = await tx.synonymGroup.findUnique({ where: { id }, select: SNAPSHOT });
    if (!before) throw new AppError("NOT_FOUND", "synonymGroup");
    await tx.synonymGroup.delete({ where: { id } });
    await recordAudit(tx, { actor, action: "synonymGroup.deleted", entityType: "synonymGroup", entityId: id, before, after: null });
  });
  await afterSynonymChange();
}

/**
 * Synonyms are applied at query time, so no document changes: the PostgreSQL engine reads the
 * groups with every search. Meilisearch, when configured, gets the groups pushed now (the search worker also pushes them periodically, so a failure here heals).
 * Either way the cached result pages answered with the old groups, so they expire.
 */
async function afterSynonymChange() {
  invalidateTags([SEARCH_RESULTS_TAG]);
  if (env.SEARCH_ENGINE !== "meilisearch" || !env.MEILISEARCH_HOST) return;
  try {
    const [{ createMeilisearchEngine }, { pushSynonymGroups }] = await Promise.all([import("@/lib/search/meilisearch/engine"), import("@/lib/search/meilisearch/synonyms")]);
    await pushSynonymGroups(createMeilisearchEngine({ host: env.MEILISEARCH_HOST, apiKey: env.MEILISEARCH_API_KEY }));
  } catch (error) {
    console.error(`[taxonomy] synonyms not pushed to Meilisearch: ${error instanceof Error ? error.message : String(error)}`);
  }
}
