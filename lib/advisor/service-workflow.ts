import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import { applyTransition } from "@/lib/content/transition";
import { transitionPermission, type Transition } from "@/lib/content/workflow";
import type { WriteResult } from "@/lib/content/write-result";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
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

/** Deleting is archiving: the entry leaves the public pages and the search, and can be restored. */
export const archiveAdvisor = (actor: Actor, id: string, version?: number) => transitionAdvisor(actor, id, "archive", version);
export const restoreAdvisor = (actor: Actor, id: string, version?: number) => transitionAdvisor(actor, id, "restore", version);

/**
 * "Zuletzt geprüft" in one click. It does not raise the version: confirming that the entry is
 * still right must not turn someone's open edit form into a conflict.
 */
export async function verifyAdvisor(actor: Actor, id: string): Promise<WriteResult> {
  assertCan(actor, "advisor.verify");
  return invalidateAfterCommit(
    await db.$transaction(async (tx) => {
      const before = await tx.advisor.findUnique({ where: { id }, select: { slug: true, version: true, lastVerifiedAt: true } });
      if (!before) throw new AppError("NOT_FOUND", `advisor ${id}`);
      const lastVerifiedAt = new Date();
      await tx.advisor.update({ where: { id }, data: { lastVerifiedAt } });
      await recordAudit(tx, {
        actor,
        action: "advisor.verified",
        entityType: "advisor",
        entityId: id,
        before: { lastVerifiedAt: before.lastVerifiedAt },
        after: { lastVerifiedAt },
      });
      return { id, slug: before.slug, version: before.version, tags: advisorTags([before.slug]) };
    }),
  );
}
