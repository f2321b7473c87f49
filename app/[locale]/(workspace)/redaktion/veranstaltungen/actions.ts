"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { confirmLookalikesField, redirectOnPublishRefusal } from "@/lib/actions/publish-refusal";
import { TRANSITIONS } from "@/lib/content/workflow";
import { eventInput, eventUpdateInput } from "@/lib/event/schema";
import { createEvent, transitionEvent, updateEvent, verifyEvent } from "@/lib/event/service";

// Thin actions (docs/conventions.md, rule 4): authorization happens in the services, which every action
// reaches only through runFormAction with the signed-in actor.
const BASE = "/redaktion/veranstaltungen";

export async function createEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, eventInput, async (input, actor) => {
    const { id } = await createEvent(actor, input);
    redirect(`${BASE}/${id}?meldung=created`);
  });
}

export async function updateEventAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, eventUpdateInput, async (input, actor) => {
    await updateEvent(actor, id, input);
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

export async function transitionEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, transitionInput, async ({ id, version, transition, confirmLookalikes }, actor) => {
    await redirectOnPublishRefusal(`${BASE}/${id}`, () => transitionEvent(actor, id, transition, version, { confirmLookalikes }));
    redirect(`${BASE}/${id}?meldung=${transition}`);
  });
}

export async function verifyEventAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, z.object({ id: z.string().min(1) }), async ({ id }, actor) => {
    await verifyEvent(actor, id);
    redirect(`${BASE}/${id}?meldung=verify`);
  });
}
