"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/run-form-action";
import { formValues, type FormState } from "@/lib/actions/form-state";
import { confirmLookalikesField, redirectOnPublishRefusal } from "@/lib/actions/publish-refusal";
import { withDottedPaths } from "@/lib/content/fields";
import { TRANSITIONS } from "@/lib/content/workflow";
import { MORE_ROWS_BUTTON, withMoreRows } from "@/lib/initiative/row-count";
import { initiativeFormToInput, initiativeInput, initiativeUpdateInput, MAX_MILESTONES, MAX_SOURCE_LINKS } from "@/lib/initiative/schema";
import { createInitiative, transitionInitiative, updateInitiative, verifyInitiative } from "@/lib/initiative/service";

// Thin actions (docs/conventions.md, rule 4): authorization happens in the services. Milestones and
// source links arrive as flat fields ("milestones.2.title"); messages keep those names.
const BASE = "/redaktion/initiativen";
const createForm = withDottedPaths(initiativeInput);
const updateForm = withDottedPaths(initiativeUpdateInput);

/**
 * "Weitere Zeilen" (a submit, so it works without JavaScript): nothing is saved, the form comes
 * back with what was typed and three more empty rows. No data is read or written, so no actor.
 */
function moreRows(formData: FormData): FormState | null {
  const list = formData.get(MORE_ROWS_BUTTON);
  if (list !== "milestones" && list !== "sourceLinks") return null;
  const values = formValues(formData);
  delete values[MORE_ROWS_BUTTON];
  return { status: "error", values: withMoreRows(values, list, list === "milestones" ? MAX_MILESTONES : MAX_SOURCE_LINKS) };
}

export async function createInitiativeAction(_state: FormState, formData: FormData): Promise<FormState> {
  return (
    moreRows(formData) ??
    runFormAction(
      formData,
      createForm,
      async (input, actor) => {
        const { id } = await createInitiative(actor, input);
        redirect(`${BASE}/${id}?meldung=created`);
      },
      initiativeFormToInput,
    )
  );
}

export async function updateInitiativeAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return (
    moreRows(formData) ??
    runFormAction(
      formData,
      updateForm,
      async (input, actor) => {
        await updateInitiative(actor, id, input);
        redirect(`${BASE}/${id}?meldung=saved`);
      },
      initiativeFormToInput,
    )
  );
}

const transitionInput = z.object({
  id: z.string().min(1),
  version: z.coerce.number().int().min(1).optional(),
  transition: z.enum(TRANSITIONS, { error: "validation.invalidOption" }),
  confirmLookalikes: confirmLookalikesField(),
});

export async function transitionInitiativeAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, transitionInput, async ({ id, version, transition, confirmLookalikes }, actor) => {
    await redirectOnPublishRefusal(`${BASE}/${id}`, () => transitionInitiative(actor, id, transition, version, { confirmLookalikes }));
    redirect(`${BASE}/${id}?meldung=${transition}`);
  });
}

export async function verifyInitiativeAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, z.object({ id: z.string().min(1) }), async ({ id }, actor) => {
    await verifyInitiative(actor, id);
    redirect(`${BASE}/${id}?meldung=verify`);
  });
}
