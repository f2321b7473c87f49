import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import { workflowEntryPoints } from "@/lib/content/entry-points";
import { applyTransition, applyVerify } from "@/lib/content/service-workflow";
import { transitionPermission, type Transition } from "@/lib/content/workflow";
import type { WriteResult } from "@/lib/content/write-result";
import { db, type Tx } from "@/lib/db/client";
import { syncDocuments } from "@/lib/search/sync";
import { advisorTags } from "./editor-tags";

/** One status change inside the caller's transaction; the search index follows the status. */
export async function transitionAdvisorTx(tx: Tx, actor: Actor, id: string, transition: Transition, version?: number): Promise<WriteResult> {
  const { after } = await applyTransition(tx, actor, "advisor", id, transition, version);
  const programmes = await tx.programme.findMany({ where: { advisors: { some: { id } } }, select: { id: true } });
  await syncDocuments(tx, "advisor", [id]);
  await syncDocuments(tx, "programme", programmes.map((p) => p.id));
  return { id, slug: after.slug, version: after.version, tags: advisorTags([after.slug]) };
}

export async function transitionAdvisor(actor: Actor, id: string, transition: Transition, version?: number): Promise<WriteResult> {
  assertCan(actor, transitionPermission("advisor", transition));
  return invalidateAfterCommit(await db.$transaction((tx) => transitionAdvisorTx(tx, actor, id, transition, version), { timeout: 30_000 }));
}

export const {
  submitForReview: submitAdvisorForReview,
  publish: publishAdvisor,
  unpublish: unpublishAdvisor,
  archive: archiveAdvisor,
  restore: restoreAdvisor,
} = workflowEntryPoints(transitionAdvisor);

/** "Zuletzt geprüft" in one click; it leaves the version (and open edit forms) alone. */
export async function verifyAdvisor(actor: Actor, id: string): Promise<WriteResult> {
  assertCan(actor, "advisor.verify");
  return invalidateAfterCommit(
    await db.$transaction(async (tx) => {
      const row = await applyVerify(tx, actor, "advisor", id);
      return { id, slug: row.slug, version: row.version, tags: advisorTags([row.slug]) };
    }),
  );
}
