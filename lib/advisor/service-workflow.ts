import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import { workflowEntryPoints } from "@/lib/content/entry-points";
import { applyVerify, transitionEntry, type TransitionOptions } from "@/lib/content/service-workflow";
import { transitionPermission, type Transition } from "@/lib/content/workflow";
import type { WriteResult } from "@/lib/content/write-result";
import { db, type Tx } from "@/lib/db/client";
import { advisorDefinition } from "./definition";

/** One status change inside the caller's transaction; the search index follows the status. */
export const transitionAdvisorTx = (tx: Tx, actor: Actor, id: string, transition: Transition, version?: number, options?: TransitionOptions): Promise<WriteResult> =>
  transitionEntry(tx, actor, advisorDefinition, id, transition, version, options);

export async function transitionAdvisor(actor: Actor, id: string, transition: Transition, version?: number, options?: TransitionOptions): Promise<WriteResult> {
  assertCan(actor, transitionPermission("advisor", transition));
  return invalidateAfterCommit(await db.$transaction((tx) => transitionAdvisorTx(tx, actor, id, transition, version, options), { timeout: 30_000 }));
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
  return invalidateAfterCommit(await db.$transaction((tx) => applyVerify(tx, actor, advisorDefinition, id)));
}
