import "server-only";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import type { WriteResult } from "@/lib/content/write-result";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { processLogo, type ProcessedLogo } from "@/lib/media/process";
import { storeLogo } from "@/lib/media/store";
import { providerTags } from "./editor-tags";

export type LogoColumns = { logoKey: string | null; logoWidth: number | null; logoHeight: number | null };

// The logo is not a form field: it is replaced as a whole by its own small form, so it does not
// raise the provider's `version` (an editor with the profile form open would otherwise get a
// conflict that shows no changed field). Two uploads at once: the later one wins, nothing is mixed.
// Also the write of an approved logo proposal (lib/revision/review.ts), in the reviewer's transaction.
export async function writeProviderLogoTx(tx: Tx, actor: Actor, id: string, logo: LogoColumns): Promise<WriteResult> {
  const current = await tx.provider.findUnique({ where: { id }, select: { slug: true, version: true, logoKey: true } });
  if (!current) throw new AppError("NOT_FOUND", `provider ${id}`);
  await tx.provider.update({ where: { id }, data: logo });
  await recordAudit(tx, {
    actor,
    action: "provider.updated",
    entityType: "provider",
    entityId: id,
    before: { logo: current.logoKey },
    after: { logo: logo.logoKey },
  });
  return { id, slug: current.slug, version: current.version, tags: providerTags([current.slug]) };
}

/** The columns an entry gets for a processed logo (also used when a revision is applied). */
export const logoColumns = (logo: Pick<ProcessedLogo, "hash" | "width" | "height">): LogoColumns => ({
  logoKey: logo.hash,
  logoWidth: logo.width,
  logoHeight: logo.height,
});

/** An editor sets a provider's logo: checked and converted, stored, then pointed at in one transaction with its audit row. */
export async function setProviderLogo(actor: Actor, id: string, bytes: Uint8Array): Promise<WriteResult> {
  assertCan(actor, "provider.update");
  const logo = await processLogo(bytes);
  await storeLogo(logo);
  return invalidateAfterCommit(await db.$transaction((tx) => writeProviderLogoTx(tx, actor, id, logoColumns(logo))));
}

/**
 * Removes the logo from the entry. The variants stay in storage: other entries or pending revisions
 * may name the same content-addressed key, and /medien serves a key only while a visible entry
 * names it, so the bytes are unreachable once nothing does.
 */
export async function removeProviderLogo(actor: Actor, id: string): Promise<WriteResult> {
  assertCan(actor, "provider.update");
  return invalidateAfterCommit(
    await db.$transaction((tx) => writeProviderLogoTx(tx, actor, id, { logoKey: null, logoWidth: null, logoHeight: null })),
  );
}
