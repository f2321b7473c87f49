import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { db, type Tx } from "@/lib/db/client";
import type { LogoChange } from "@/lib/db/enums";
import { AppError } from "@/lib/errors";
import { processLogo } from "@/lib/media/process";
import { storeLogo } from "@/lib/media/store";

// A provider proposes its own logo (issue 14, item 1). Like the profile fields it waits in the
// entry's one PENDING revision until an editor decides; the logo columns of the revision hold it,
// so a later field proposal (which replaces `data`) keeps the logo and vice versa.

type Proposal = { logoChange: LogoChange; logoKey: string | null; logoWidth: number | null; logoHeight: number | null };

/** The provider entry of the signed-in account: never a posted id. */
function ownProvider(actor: Actor | null) {
  const author = assertCan(actor, "profile.proposeLogo");
  if (!author.providerId) throw new AppError("FORBIDDEN", "account has no provider entry", { permission: "profile.proposeLogo" });
  return { author, providerId: author.providerId };
}

/**
 * Checks and converts the upload exactly like the editor's (lib/media/process.ts), stores the
 * variants, then records them in the pending revision. Stored before the transaction: a failed
 * one leaves only bytes no entry or pending revision names, which /medien never serves.
 */
export async function proposeOwnLogo(actor: Actor | null, bytes: Uint8Array) {
  const { author, providerId } = ownProvider(actor);
  const logo = await processLogo(bytes);
  await storeLogo(logo);
  return db.$transaction((tx) =>
    writeProposal(tx, author, providerId, { logoChange: "SET", logoKey: logo.hash, logoWidth: logo.width, logoHeight: logo.height }),
  );
}

/** Proposes that the entry's logo be removed; refused (next to the form) when it has none. */
export async function proposeOwnLogoRemoval(actor: Actor | null) {
  const { author, providerId } = ownProvider(actor);
  return db.$transaction((tx) => writeProposal(tx, author, providerId, { logoChange: "REMOVE", logoKey: null, logoWidth: null, logoHeight: null }));
}

async function writeProposal(tx: Tx, author: Actor, providerId: string, proposal: Proposal) {
  const current = await tx.provider.findUnique({ where: { id: providerId }, select: { version: true, logoKey: true } });
  if (!current) throw new AppError("NOT_FOUND", "own entry missing");
  if (proposal.logoChange === "REMOVE" && !current.logoKey) {
    // No field to point at: the form shows the message above itself (a full catalogue key).
    throw new AppError("INVALID", "selfService.logo.nothingToRemove");
  }
  const revision = (await upsertLogo(tx, providerId, author.id, proposal, current.version))[0]!;
  await recordAudit(tx, {
    actor: author,
    action: "profileRevision.proposed",
    entityType: "profileRevision",
    entityId: revision.id,
    before: null,
    after: { entityType: "provider", entityId: providerId, logo: proposal.logoChange, logoKey: proposal.logoKey, replacedPending: !revision.inserted },
  });
  return { id: revision.id, createdAt: revision.createdAt };
}

// The same one-pending-revision-per-entry upsert as propose.ts, touching only the logo columns:
// a new revision starts with no field changes ('{}'), an existing one keeps its fields. The
// proposal time moves, so a reviewer who saw the earlier logo cannot approve this one unseen.
function upsertLogo(tx: Tx, providerId: string, authorId: string, p: Proposal, baseVersion: number) {
  return tx.$queryRaw<{ id: string; createdAt: Date; inserted: boolean }[]>`
    INSERT INTO "ProfileRevision" ("id", "entityType", "advisorId", "providerId", "authorId", "data", "baseVersion", "status", "createdAt", "logoChange", "logoKey", "logoWidth", "logoHeight")
    VALUES (${randomUUID()}, 'provider', NULL, ${providerId}, ${authorId}, '{}'::jsonb, ${baseVersion}, 'PENDING', clock_timestamp() AT TIME ZONE 'UTC',
            ${p.logoChange}::"LogoChange", ${p.logoKey}, ${p.logoWidth}, ${p.logoHeight})
    ON CONFLICT ("entityType", COALESCE("advisorId", "providerId")) WHERE "status" = 'PENDING'
    DO UPDATE SET "logoChange" = EXCLUDED."logoChange", "logoKey" = EXCLUDED."logoKey", "logoWidth" = EXCLUDED."logoWidth",
                  "logoHeight" = EXCLUDED."logoHeight", "authorId" = EXCLUDED."authorId", "createdAt" = clock_timestamp() AT TIME ZONE 'UTC'
    RETURNING "id", "createdAt", (xmax = 0) AS "inserted"`;
}
