import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { toJsonValue } from "@/lib/audit/diff";
import { db, type Prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseProposal } from "./parse";
import type { RevisionEntityType } from "./schema";

/** The entry an account may propose changes to: always the actor's own link, never a posted id. */
export function ownEntry(actor: Actor): { type: RevisionEntityType; id: string } {
  if (actor.advisorId) return { type: "advisor", id: actor.advisorId };
  if (actor.providerId) return { type: "provider", id: actor.providerId };
  throw new AppError("FORBIDDEN", "account has no own entry");
}

/**
 * Stores the person's changes as a PENDING revision; the entry itself and its public pages stay
 * untouched until an editor approves. A pending revision of the same author and entry is
 * superseded (the ownership condition is part of that UPDATE), so each person has at most one
 * waiting proposal per entry.
 */
export async function proposeOwnProfileChange(actor: Actor | null, raw: Record<string, unknown>) {
  const author = assertCan(actor, "profile.editOwn");
  const entry = ownEntry(author);
  const data = parseProposal(entry.type, raw);
  const link = entry.type === "advisor" ? { advisorId: entry.id } : { providerId: entry.id };
  return db.$transaction(async (tx) => {
    const current =
      entry.type === "advisor"
        ? await tx.advisor.findUnique({ where: { id: entry.id }, select: { version: true } })
        : await tx.provider.findUnique({ where: { id: entry.id }, select: { version: true } });
    if (!current) throw new AppError("NOT_FOUND", "own entry missing");
    const superseded = await tx.profileRevision.updateMany({
      where: { ...link, authorId: author.id, status: "PENDING" },
      data: { status: "SUPERSEDED" },
    });
    const revision = await tx.profileRevision.create({
      data: { entityType: entry.type, ...link, authorId: author.id, data: toJsonValue(data) as Prisma.InputJsonValue, baseVersion: current.version },
      select: { id: true, createdAt: true },
    });
    await recordAudit(tx, {
      actor: author,
      action: "profileRevision.proposed",
      entityType: "profileRevision",
      entityId: revision.id,
      before: null,
      after: { entityType: entry.type, entityId: entry.id, baseVersion: current.version, supersededPending: superseded.count },
    });
    return { id: revision.id, createdAt: revision.createdAt };
  });
}
