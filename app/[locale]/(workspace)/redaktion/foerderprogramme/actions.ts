"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { confirmLookalikesField, redirectOnPublishRefusal } from "@/lib/actions/publish-refusal";
import { TRANSITIONS } from "@/lib/content/workflow";
import { programmeSchema, programmeUpdateSchema } from "@/lib/programme/schema";
import { createProgramme, transitionProgramme, updateProgramme, verifyProgramme } from "@/lib/programme/service";
import { version } from "@/lib/validation/fields";

// Thin actions: parse, call one service (which authorizes), redirect to the fresh page. The id
// travels as a form field; the service checks permission and the entry, so a forged id is refused.
const BASE = "/redaktion/foerderprogramme";
const idOf = (formData: FormData) => String(formData.get("id") ?? "");

export async function createProgrammeAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, programmeSchema, async (input, actor) => {
    const row = await createProgramme(actor, { ...input, version: undefined });
    redirect(`${BASE}/${row.id}?meldung=created`);
  });
}

export async function updateProgrammeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData);
  return runFormAction(formData, programmeUpdateSchema, async (input, actor) => {
    const row = await updateProgramme(actor, id, input);
    // The new version in the URL gives the form a fresh state (see the edit page's key).
    redirect(`${BASE}/${id}?meldung=saved&v=${row.version}`);
  });
}

const transitionSchema = z.object({
  transition: z.enum(TRANSITIONS, { error: "validation.invalidOption" }),
  version: version(),
  confirmLookalikes: confirmLookalikesField(),
});

export async function transitionProgrammeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData);
  return runFormAction(formData, transitionSchema, async ({ transition, version, confirmLookalikes }, actor) => {
    await redirectOnPublishRefusal(`${BASE}/${id}`, () => transitionProgramme(actor, id, transition, version, { confirmLookalikes }));
    redirect(`${BASE}/${id}?meldung=${transition}`);
  });
}

export async function verifyProgrammeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const id = idOf(formData);
  return runFormAction(formData, z.object({}), async (_input, actor) => {
    await verifyProgramme(actor, id);
    redirect(`${BASE}/${id}?meldung=verify`);
  });
}
