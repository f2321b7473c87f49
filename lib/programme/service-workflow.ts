import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidateTags } from "@/lib/cache/invalidate";
import { workflowEntryPoints } from "@/lib/content/entry-points";
import { applyVerify, transitionEntry, type TransitionOptions } from "@/lib/content/service-workflow";
import { transitionPermission, type Transition } from "@/lib/content/workflow";
import { db, type Tx } from "@/lib/db/client";
import { programmeDefinition } from "./definition";
import { findEditorRow, type ProgrammeEditorRow } from "./editor-state";
import type { ProgrammeWriteResult } from "./service-write";

const TX_OPTIONS = { timeout: 30_000 };

/**
 * Moves a programme along the workflow (lib/content/workflow.ts) inside the caller's transaction.
 * `version` is the version the user saw: a status change on a programme someone else changed
 * meanwhile is refused.
 */
export async function transitionProgrammeTx(
  tx: Tx,
  actor: Actor,
  id: string,
  transition: Transition,
  version?: number,
  options?: TransitionOptions,
): Promise<ProgrammeWriteResult> {
  const { tags } = await transitionEntry(tx, actor, programmeDefinition, id, transition, version, options);
  return { row: (await findEditorRow(tx, id))!, tags };
}

export async function transitionProgramme(actor: Actor, id: string, transition: Transition, version?: number, options?: TransitionOptions): Promise<ProgrammeEditorRow> {
  assertCan(actor, transitionPermission("programme", transition));
  const { row, tags } = await db.$transaction((tx) => transitionProgrammeTx(tx, actor, id, transition, version, options), TX_OPTIONS);
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
    const { tags } = await applyVerify(tx, actor, programmeDefinition, id);
    return { row: (await findEditorRow(tx, id))!, tags };
  }, TX_OPTIONS);
  invalidateTags(tags);
  return row;
}
