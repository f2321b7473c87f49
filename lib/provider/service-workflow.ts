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
import { providerTags } from "./editor-tags";

/** One status change inside the caller's transaction; the search index follows the status. */
export async function transitionProviderTx(tx: Tx, actor: Actor, id: string, transition: Transition, version?: number): Promise<WriteResult> {
  const { after } = await applyTransition(tx, actor, "provider", id, transition, version);
  await syncDocuments(tx, "provider", [id]);
  return { id, slug: after.slug, version: after.version, tags: providerTags([after.slug]) };
}

export async function transitionProvider(actor: Actor, id: string, transition: Transition, version?: number): Promise<WriteResult> {
  assertCan(actor, transitionPermission("provider", transition));
  return invalidateAfterCommit(await db.$transaction((tx) => transitionProviderTx(tx, actor, id, transition, version), { timeout: 30_000 }));
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
  return invalidateAfterCommit(
    await db.$transaction(async (tx) => {
      const row = await applyVerify(tx, actor, "provider", id);
      return { id, slug: row.slug, version: row.version, tags: providerTags([row.slug]) };
    }),
  );
}
