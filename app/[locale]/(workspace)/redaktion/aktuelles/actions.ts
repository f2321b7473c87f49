"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { confirmLookalikesField, redirectOnPublishRefusal } from "@/lib/actions/publish-refusal";
import { TRANSITIONS } from "@/lib/content/workflow";
import { newsInput, newsUpdateInput } from "@/lib/news/schema";
import { createNews, transitionNews, updateNews, verifyNews } from "@/lib/news/service";

// Thin actions (docs/conventions.md, rule 4): authorization happens in the services.
const BASE = "/redaktion/aktuelles";

export async function createNewsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, newsInput, async (input, actor) => {
    const { id } = await createNews(actor, input);
    redirect(`${BASE}/${id}?meldung=created`);
  });
}

export async function updateNewsAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, newsUpdateInput, async (input, actor) => {
    await updateNews(actor, id, input);
    redirect(`${BASE}/${id}?meldung=saved`);
  });
}

const transitionInput = z.object({
  id: z.string().min(1),
  version: z.coerce.number().int().min(1).optional(),
  transition: z.enum(TRANSITIONS, { error: "validation.invalidOption" }),
  confirmLookalikes: confirmLookalikesField(),
});

export async function transitionNewsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, transitionInput, async ({ id, version, transition, confirmLookalikes }, actor) => {
    await redirectOnPublishRefusal(`${BASE}/${id}`, () => transitionNews(actor, id, transition, version, { confirmLookalikes }));
    redirect(`${BASE}/${id}?meldung=${transition}`);
  });
}

export async function verifyNewsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, z.object({ id: z.string().min(1) }), async ({ id }, actor) => {
    await verifyNews(actor, id);
    redirect(`${BASE}/${id}?meldung=verify`);
  });
}
