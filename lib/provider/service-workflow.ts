import "server-only";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import { applyTransition } from "@/lib/content/transition";
import type { Transition } from "@/lib/content/workflow";
import type { WriteResult } from "@/lib/content/write-result";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { transitionPermission } from "@/lib/content/workflow";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
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

/** Deleting is archiving: the entry leaves the public pages and the search, and can be restored. */
export const archiveProvider = (actor: Actor, id: string, version?: number) => transitionProvider(actor, id, "archive", version);
export const restoreProvider = (actor: Actor, id: string, version?: number) => transitionProvider(actor, id, "restore", version);

/** "Zuletzt geprüft" in one click; like the advisor's, it leaves the version (and open forms) alone. */
export async function verifyProvider(actor: Actor, id: string): Promise<WriteResult> {
  assertCan(actor, "provider.verify");
  return invalidateAfterCommit(
    await db.$transaction(async (tx) => {
      const before = await tx.provider.findUnique({ where: { id }, select: { slug: true, version: true, lastVerifiedAt: true } });
      if (!before) throw new AppError("NOT_FOUND", `provider ${id}`);
      const lastVerifiedAt = new Date();
      await tx.provider.update({ where: { id }, data: { lastVerifiedAt } });
      await recordAudit(tx, {
        actor,
        action: "provider.verified",
        entityType: "provider",
        entityId: id,
        before: { lastVerifiedAt: before.lastVerifiedAt },
        after: { lastVerifiedAt },
      });
      return { id, slug: before.slug, version: before.version, tags: providerTags([before.slug]) };
    }),
  );
}
