import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import { workflowEntryPoints } from "@/lib/content/entry-points";
import { applyVerify, transitionEntry, type TransitionOptions } from "@/lib/content/service-workflow";
import { transitionPermission, type Transition } from "@/lib/content/workflow";
import type { WriteResult } from "@/lib/content/write-result";
import { db, type Tx } from "@/lib/db/client";
import { providerDefinition } from "./definition";

/** One status change inside the caller's transaction; the search index follows the status. */
export const transitionProviderTx = (tx: Tx, actor: Actor, id: string, transition: Transition, version?: number, options?: TransitionOptions): Promise<WriteResult> =>
  transitionEntry(tx, actor, providerDefinition, id, transition, version, options);

export async function transitionProvider(actor: Actor, id: string, transition: Transition, version?: number, options?: TransitionOptions): Promise<WriteResult> {
  assertCan(actor, transitionPermission("provider", transition));
  return invalidateAfterCommit(await db.$transaction((tx) => transitionProviderTx(tx, actor, id, transition, version, options), { timeout: 30_000 }));
}

export const {
  submitForReview: submitProviderForReview,
  publish: publishProvider,
  unpublish: unpublishProvider,
  archive: archiveProvider,
  restore: restoreProvider,
} = workflowEntryPoints(transitionProvider);

/** "Zuletzt geprüft" in one click; it leaves the version (and open edit forms) alone. */
export async function verifyProvider(actor: Actor, id: string): Promise<WriteResult> {
  assertCan(actor, "provider.verify");
  return invalidateAfterCommit(await db.$transaction((tx) => applyVerify(tx, actor, providerDefinition, id)));
}
