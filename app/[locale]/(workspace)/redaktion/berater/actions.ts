"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { confirmLookalikesField, redirectOnPublishRefusal } from "@/lib/actions/publish-refusal";
import { advisorInput, advisorUpdateInput } from "@/lib/advisor/schema";
import { createAdvisor, transitionAdvisor, updateAdvisor, verifyAdvisor } from "@/lib/advisor/service";
import { TRANSITIONS } from "@/lib/content/workflow";

// Thin actions (docs/conventions.md, rule 4): authorization happens in the services, which every action
// reaches only through runFormAction with the signed-in actor.
const BASE = "/redaktion/berater";

export async function createAdvisorAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, advisorInput, async (input, actor) => {
    const { id } = await createAdvisor(actor, input);
    redirect(`${BASE}/${id}?meldung=created`);
  });
}

export async function updateAdvisorAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, advisorUpdateInput, async (input, actor) => {
    await updateAdvisor(actor, id, input);
    // A fresh page: the form starts again from the stored entry and its new version.
    redirect(`${BASE}/${id}?meldung=saved`);
  });
}

const transitionInput = z.object({
  id: z.string().min(1),
  version: z.coerce.number().int().min(1).optional(),
  transition: z.enum(TRANSITIONS, { error: "validation.invalidOption" }),
  confirmLookalikes: confirmLookalikesField(),
});

export async function transitionAdvisorAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, transitionInput, async ({ id, version, transition, confirmLookalikes }, actor) => {
    await redirectOnPublishRefusal(`${BASE}/${id}`, () => transitionAdvisor(actor, id, transition, version, { confirmLookalikes }));
    redirect(`${BASE}/${id}?meldung=${transition}`);
  });
}

export async function verifyAdvisorAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, z.object({ id: z.string().min(1) }), async ({ id }, actor) => {
    await verifyAdvisor(actor, id);
    redirect(`${BASE}/${id}?meldung=verify`);
  });
}
