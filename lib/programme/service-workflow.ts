import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidateTags } from "@/lib/cache/invalidate";
import { workflowEntryPoints } from "@/lib/content/entry-points";
import { applyTransition, applyVerify } from "@/lib/content/service-workflow";
import { transitionPermission, type Transition } from "@/lib/content/workflow";
import { db, type Tx } from "@/lib/db/client";
import { syncDocuments } from "@/lib/search/sync";
import { auditSnapshot, findEditorRow, type ProgrammeEditorRow } from "./editor-state";
import { advisorSlugs, programmeTags } from "./editor-tags";
import type { ProgrammeWriteResult } from "./service-write";

const TX_OPTIONS = { timeout: 30_000 };

// A programme's audit rows keep its whole editor state (the history shows every changed field).
const programmeAuditState = async (tx: Tx, id: string) => auditSnapshot((await findEditorRow(tx, id))!);

/**
 * Moves a programme along the workflow (lib/content/workflow.ts) inside the caller's transaction.
 * `version` is the version the user saw: a status change on a programme someone else changed
 * meanwhile is refused.
 */
export async function transitionProgrammeTx(tx: Tx, actor: Actor, id: string, transition: Transition, version?: number): Promise<ProgrammeWriteResult> {
  await applyTransition(tx, actor, "programme", id, transition, version, programmeAuditState);
  const row = (await findEditorRow(tx, id))!;
  // Publication changes what search finds: the programme and the advisors that list it.
  await syncDocuments(tx, "programme", [id]);
  await syncDocuments(tx, "advisor", row.advisorIds);
  return { row, tags: programmeTags([row.slug], await advisorSlugs(tx, row.advisorIds)) };
}

export async function transitionProgramme(actor: Actor, id: string, transition: Transition, version?: number): Promise<ProgrammeEditorRow> {
  assertCan(actor, transitionPermission("programme", transition));
  const { row, tags } = await db.$transaction((tx) => transitionProgrammeTx(tx, actor, id, transition, version), TX_OPTIONS);
  invalidateTags(tags);
  return row;
}

export const {
  submitForReview: submitProgrammeForReview,
  publish: publishProgramme,
  unpublish: unpublishProgramme,
  archive: archiveProgramme,
  restore: restoreProgramme,
} = workflowEntryPoints(transitionProgramme);

/**
 * "Zuletzt geprüft": one click confirms the entry is still correct. It changes no content, so it
 * neither needs nor raises the version (an editor with the form open can still save).
 */
export async function verifyProgramme(actor: Actor, id: string): Promise<ProgrammeEditorRow> {
  assertCan(actor, "programme.verify");
  const { row, tags } = await db.$transaction(async (tx) => {
    await applyVerify(tx, actor, "programme", id);
    const after = (await findEditorRow(tx, id))!;
    return { row: after, tags: programmeTags([after.slug], []) };
  }, TX_OPTIONS);
  invalidateTags(tags);
  return row;
}
