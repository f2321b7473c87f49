import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { toJsonValue } from "@/lib/audit/diff";
import { db, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { parseProposal } from "./parse";
import type { RevisionEntityType } from "./schema";

/** The entry an account may propose changes to: always the actor's own link, never a posted id. */
export function ownEntry(actor: Actor): { type: RevisionEntityType; id: string } {
  if (actor.advisorId) return { type: "advisor", id: actor.advisorId };
  if (actor.providerId) return { type: "provider", id: actor.providerId };
  throw new AppError("FORBIDDEN", "account has no own entry");
}

type Upserted = { id: string; createdAt: Date; inserted: boolean };

/**
 * Stores the person's changes as the entry's PENDING revision; the entry itself and its public
 * pages stay untouched until an editor approves. Each entry has at most one waiting proposal,
 * enforced by a partial unique index (status = PENDING): a new proposal while one waits replaces
 * its values in the same statement (INSERT … ON CONFLICT DO UPDATE), so parallel submissions end
 * with one pending revision holding the last-written values, never several.
 */
export async function proposeOwnProfileChange(actor: Actor | null, raw: Record<string, unknown>) {
  const author = assertCan(actor, "profile.editOwn");
  const entry = ownEntry(author);
  const data = parseProposal(entry.type, raw);
  return db.$transaction(async (tx) => {
    const current =
      entry.type === "advisor"
        ? await tx.advisor.findUnique({ where: { id: entry.id }, select: { version: true } })
        : await tx.provider.findUnique({ where: { id: entry.id }, select: { version: true } });
    if (!current) throw new AppError("NOT_FOUND", "own entry missing");
    // ON CONFLICT DO UPDATE returns the row in both cases.
    const revision = (await upsertPending(tx, entry, author.id, data, current.version))[0]!;
    await recordAudit(tx, {
      actor: author,
      action: "profileRevision.proposed",
      entityType: "profileRevision",
      entityId: revision.id,
      before: null,
      after: { entityType: entry.type, entityId: entry.id, baseVersion: current.version, replacedPending: !revision.inserted },
    });
    return { id: revision.id, createdAt: revision.createdAt };
  });
}

// The conflict target names the partial index's expression and predicate (migration
// 20261205133537_one_pending_revision_per_entry). clock_timestamp(), not now(): a submission that
// waited for a parallel one to commit is stamped after it. "createdAt" is when the proposal's
// current values were made; the author may be another account linked to the same entry.
function upsertPending(tx: Tx, entry: { type: RevisionEntityType; id: string }, authorId: string, data: unknown, baseVersion: number) {
  const json = JSON.stringify(toJsonValue(data));
  const [advisorId, providerId] = entry.type === "advisor" ? [entry.id, null] : [null, entry.id];
  return tx.$queryRaw<Upserted[]>`
    INSERT INTO "ProfileRevision" ("id", "entityType", "advisorId", "providerId", "authorId", "data", "baseVersion", "status", "createdAt")
    VALUES (${randomUUID()}, ${entry.type}, ${advisorId}, ${providerId}, ${authorId}, ${json}::jsonb, ${baseVersion}, 'PENDING', clock_timestamp() AT TIME ZONE 'UTC')
    ON CONFLICT ("entityType", COALESCE("advisorId", "providerId")) WHERE "status" = 'PENDING'
    DO UPDATE SET "data" = EXCLUDED."data", "baseVersion" = EXCLUDED."baseVersion", "authorId" = EXCLUDED."authorId", "createdAt" = clock_timestamp() AT TIME ZONE 'UTC'
    RETURNING "id", "createdAt", (xmax = 0) AS "inserted"`;
}
