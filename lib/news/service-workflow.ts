import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import { workflowEntryPoints } from "@/lib/content/entry-points";
import { applyVerify, transitionEntry, type TransitionOptions } from "@/lib/content/service-workflow";
import { transitionPermission, type Transition } from "@/lib/content/workflow";
import type { WriteResult } from "@/lib/content/write-result";
import { db, type Tx } from "@/lib/db/client";
import { newsDefinition } from "./definition";

/** One status change inside the caller's transaction; the search index follows the status. */
export const transitionNewsTx = (tx: Tx, actor: Actor, id: string, transition: Transition, version?: number, options?: TransitionOptions): Promise<WriteResult> =>
  transitionEntry(tx, actor, newsDefinition, id, transition, version, options);

export async function transitionNews(actor: Actor, id: string, transition: Transition, version?: number, options?: TransitionOptions): Promise<WriteResult> {
  assertCan(actor, transitionPermission("news", transition));
  return invalidateAfterCommit(await db.$transaction((tx) => transitionNewsTx(tx, actor, id, transition, version, options), { timeout: 30_000 }));
}

export const {
  submitForReview: submitNewsForReview,
  publish: publishNews,
  unpublish: unpublishNews,
  archive: archiveNews,
  restore: restoreNews,
} = workflowEntryPoints(transitionNews);

/** "Zuletzt geprüft" in one click; it leaves the version (and open edit forms) alone. */
export async function verifyNews(actor: Actor, id: string): Promise<WriteResult> {
  assertCan(actor, "news.verify");
  return invalidateAfterCommit(await db.$transaction((tx) => applyVerify(tx, actor, newsDefinition, id)));
}
