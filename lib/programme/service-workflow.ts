import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { invalidateTags } from "@/lib/cache/invalidate";
import { assertTransition, publishedAtAfter, transitionPermission, verifiedData, type Transition } from "@/lib/content/workflow";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { syncDocuments } from "@/lib/search/sync";
import { auditSnapshot, findEditorRow, lockEditorRow, type ProgrammeEditorRow } from "./editor-state";
import { advisorSlugs, programmeTags } from "./editor-tags";

const TX_OPTIONS = { timeout: 30_000 };

/**
 * Moves a programme along the workflow (lib/content/workflow.ts). `version` is the version the
 * user saw: a status change on a programme someone else changed meanwhile is refused.
 */
export async function transitionProgramme(actor: Actor, id: string, transition: Transition, version?: number): Promise<ProgrammeEditorRow> {
  assertCan(actor, transitionPermission("programme", transition));
  const { row, tags } = await db.$transaction(async (tx) => {
    const before = await lockEditorRow(tx, id);
    if (version !== undefined && before.version !== version) {
      throw new AppError("CONFLICT", "errors.conflict", {
        // No field of the form is involved; the page reloads with the current state.
        current: { changes: {}, currentVersion: before.version },
      });
    }
    const rule = assertTransition(before.status, transition);
    await tx.programme.update({
      where: { id },
      data: { status: rule.to, publishedAt: publishedAtAfter(transition, before.publishedAt), version: { increment: 1 } },
      select: { id: true },
    });
    const after = (await findEditorRow(tx, id))!;
    await recordAudit(tx, {
      actor,
      action: `programme.${rule.auditVerb}`,
      entityType: "programme",
      entityId: id,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
    // Publication changes what search finds: the programme and the advisors that list it.
    await syncDocuments(tx, "programme", [id]);
    await syncDocuments(tx, "advisor", after.advisorIds);
    return { row: after, tags: programmeTags([after.slug], await advisorSlugs(tx, after.advisorIds)) };
  }, TX_OPTIONS);
  invalidateTags(tags);
  return row;
}

export const archiveProgramme = (actor: Actor, id: string, version?: number) => transitionProgramme(actor, id, "archive", version);
export const restoreProgramme = (actor: Actor, id: string, version?: number) => transitionProgramme(actor, id, "restore", version);

/**
 * "Zuletzt geprüft": one click confirms the entry is still correct. It changes no content, so it
 * neither needs nor raises the version (an editor with the form open can still save).
 */
export async function verifyProgramme(actor: Actor, id: string): Promise<ProgrammeEditorRow> {
  assertCan(actor, "programme.verify");
  const { row, tags } = await db.$transaction(async (tx) => {
    const before = await lockEditorRow(tx, id);
    await tx.programme.update({ where: { id }, data: verifiedData(), select: { id: true } });
    const after = (await findEditorRow(tx, id))!;
    await recordAudit(tx, { actor, action: "programme.verified", entityType: "programme", entityId: id, before: auditSnapshot(before), after: auditSnapshot(after) });
    return { row: after, tags: programmeTags([after.slug], []) };
  }, TX_OPTIONS);
  invalidateTags(tags);
  return row;
}
