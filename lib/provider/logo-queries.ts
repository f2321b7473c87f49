import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { publishedOnly } from "@/lib/publication";

export interface ServableLogo {
  /** intrinsic width: which variant widths exist (lib/media/limits.ts) */
  width: number;
  /** true when a published provider shows it: anyone may see it and caches may keep it */
  isPublic: boolean;
}

/**
 * May this logo be sent to this visitor? A logo is public while a published provider shows it
 * (publishedOnly); otherwise only editors (drafts, previews, proposals) and the provider whose
 * own entry or pending proposal names it see it. The key alone is no secret (it is a hash of
 * the upload), so the check is made on every request. The actor is asked for only when the logo is not public, so public
 * requests read no session.
 */
export async function findServableLogo(hash: string, actorOf: () => Promise<Actor | null>): Promise<ServableLogo | null> {
  const published = await db.provider.findFirst({ where: { logoKey: hash, ...publishedOnly() }, select: { logoWidth: true } });
  if (published?.logoWidth) return { width: published.logoWidth, isPublic: true };

  const actor = await actorOf();
  if (!actor) return null;
  const own = can(actor, "editor.access") ? {} : actor.providerId ? { id: actor.providerId } : null;
  if (!own) return null;
  const row = await db.provider.findFirst({ where: { logoKey: hash, ...own }, select: { logoWidth: true } });
  if (row?.logoWidth) return { width: row.logoWidth, isPublic: false };
  // A logo a provider proposed (lib/revision/logo-proposal.ts) while the proposal waits: the same
  // people may see it (editors review it, the entry's own account proposed it), never the public.
  const ownProposal = "id" in own ? { providerId: own.id } : {};
  const proposed = await db.profileRevision.findFirst({
    where: { logoKey: hash, logoChange: "SET", status: "PENDING", ...ownProposal },
    select: { logoWidth: true },
  });
  return proposed?.logoWidth ? { width: proposed.logoWidth, isPublic: false } : null;
}
