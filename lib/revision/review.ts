import "server-only";
import { invalidateAfterCommit } from "@/lib/content/cache-tags";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { toJsonValue } from "@/lib/audit/diff";
import { db, type Prisma, type Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { WriteResult } from "@/lib/content/write-result";
import { applyLogoProposalTx, applyProposalTx } from "./apply";
import { queueApprovalMail, queueRejectionMail } from "./mail";
import { parseProposal } from "./parse";
import { ENTRY_NAME_SELECT, entryName, REVIEW_REVISION_SELECT, revisionTarget } from "./review-select";

/**
 * Claims a PENDING revision for a decision: the status condition sits in the UPDATE, so two
 * editors deciding at once cannot both succeed (the second is refused). `proposedAt` is the
 * proposal time the reviewer saw: a new proposal updates the waiting revision in place (see
 * propose.ts), and a decision must never apply values the reviewer has not seen.
 */
async function claim(tx: Tx, reviewer: Actor, id: string, data: Prisma.ProfileRevisionUpdateManyMutationInput, proposedAt?: Date) {
  const { count } = await tx.profileRevision.updateMany({
    where: { id, status: "PENDING", ...(proposedAt ? { createdAt: proposedAt } : {}) },
    data: { ...data, reviewedById: reviewer.id, reviewedAt: new Date() },
  });
  const revision = await tx.profileRevision.findUnique({
    where: { id },
    select: { ...REVIEW_REVISION_SELECT, ...ENTRY_NAME_SELECT, status: true },
  });
  if (!revision) throw new AppError("NOT_FOUND", `revision ${id}`);
  // No field to point at: the form shows the message above itself (a full catalogue key).
  if (count === 0 && revision.status === "PENDING") throw new AppError("INVALID", "selfService.review.changedMeanwhile");
  if (count === 0) throw new AppError("INVALID", "selfService.review.alreadyDecided");
  return { ...revision, ...revisionTarget(revision), entry: entryName(revision) };
}

/**
 * Approves a proposal: its fields (or the reviewer's corrected version of them) are written to
 * the entry through the domain's update, in one transaction with the revision's new status, both
 * audit rows, the search documents and the mail to the author. `version` is the entry version the
 * reviewer saw; a change since then is a CONFLICT, never a silent overwrite.
 */
export async function approveRevision(actor: Actor | null, id: string, options: { version: number; edited?: Record<string, unknown>; proposedAt?: Date }) {
  const reviewer = assertCan(actor, "revision.review");
  const result = await db.$transaction(
    async (tx) => {
      const revision = await claim(tx, reviewer, id, { status: "APPROVED" }, options.proposedAt);
      const fields = await applyFieldsTx(tx, reviewer, revision, options);
      const logo = revision.type === "provider" ? await applyLogoProposalTx(tx, reviewer, revision.entityId, revision) : null;
      const written = mergeWrites(fields, logo);
      await recordAudit(tx, {
        actor: reviewer,
        action: "profileRevision.approved",
        entityType: "profileRevision",
        entityId: id,
        before: { status: "PENDING" },
        after: { status: "APPROVED", editedByReviewer: !!options.edited, entityVersion: written.version, logo: revision.logoChange },
      });
      await queueApprovalMail(tx, revision.author, revision.entry);
      return written;
    },
    { timeout: 30_000 },
  );
  return invalidateAfterCommit(result);
}

type Claimed = Awaited<ReturnType<typeof claim>>;
type ApproveOptions = { version: number; edited?: Record<string, unknown> };

/** The proposed fields, written; null for a revision that only proposes a logo (its data is `{}`). */
async function applyFieldsTx(tx: Tx, reviewer: Actor, revision: Claimed, options: ApproveOptions): Promise<WriteResult | null> {
  const stored = revision.data as Record<string, unknown>;
  if (!options.edited && revision.logoChange && Object.keys(stored).length === 0) return null;
  const proposal = parseProposal(revision.type, options.edited ?? stored);
  if (options.edited) await tx.profileRevision.update({ where: { id: revision.id }, data: { data: toJsonValue(proposal) as Prisma.InputJsonValue } });
  return applyProposalTx(tx, reviewer, revision.type, revision.entityId, proposal, options.version);
}

/** One result for the redirect and the cache: the later write's version, both writes' tags. */
function mergeWrites(fields: WriteResult | null, logo: WriteResult | null): WriteResult {
  const last = logo ?? fields;
  if (!last) throw new AppError("INVALID", "errors.invalid");
  return { ...last, tags: [...new Set([...(fields?.tags ?? []), ...(logo?.tags ?? [])])] };
}

/** Rejects a proposal with a reason that is mailed to the author; the entry is never touched. */
export async function rejectRevision(actor: Actor | null, id: string, reason: string, proposedAt?: Date) {
  const reviewer = assertCan(actor, "revision.review");
  const text = reason.trim();
  if (!text) throw new AppError("INVALID", "errors.invalid", { fieldErrors: { reason: ["validation.required"] } });
  await db.$transaction(async (tx) => {
    const revision = await claim(tx, reviewer, id, { status: "REJECTED", reason: text }, proposedAt);
    await recordAudit(tx, {
      actor: reviewer,
      action: "profileRevision.rejected",
      entityType: "profileRevision",
      entityId: id,
      before: { status: "PENDING" },
      after: { status: "REJECTED", reason: text },
    });
    await queueRejectionMail(tx, revision.author, revision.entry, text);
  });
}
