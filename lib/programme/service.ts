import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidateTags } from "@/lib/cache/invalidate";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ProgrammeEditorRow } from "./editor-row";
import type { ProgrammeInput } from "./schema";
import { createProgrammeTx, updateProgrammeTx } from "./service-tx";

// Editor mutations of programmes: authorize, write in one transaction (with audit row and search
// index), revalidate the public pages after commit. Workflow changes: ./service-workflow.ts.
export { createProgrammeTx, updateProgrammeTx } from "./service-tx";
export { transitionProgramme, verifyProgramme, archiveProgramme, restoreProgramme } from "./service-workflow";

const TX_OPTIONS = { timeout: 30_000 };

export async function createProgramme(actor: Actor, input: ProgrammeInput): Promise<ProgrammeEditorRow> {
  assertCan(actor, "programme.create");
  const { row, tags } = await db.$transaction((tx) => createProgrammeTx(tx, actor, input), TX_OPTIONS);
  invalidateTags(tags);
  return row;
}

/** Saves the edit form; `input.version` is the version the user started from (optimistic lock). */
export async function updateProgramme(actor: Actor, id: string, input: ProgrammeInput): Promise<ProgrammeEditorRow> {
  assertCan(actor, "programme.update");
  if (input.version === undefined) throw new AppError("INVALID", "errors.invalid", { fieldErrors: { version: ["validation.number"] } });
  const expectedVersion = input.version;
  const { row, tags } = await db.$transaction((tx) => updateProgrammeTx(tx, actor, id, input, { expectedVersion }), TX_OPTIONS);
  invalidateTags(tags);
  return row;
}
