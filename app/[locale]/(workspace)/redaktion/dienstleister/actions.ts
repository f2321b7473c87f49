"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { confirmLookalikesField, redirectOnPublishRefusal } from "@/lib/actions/publish-refusal";
import { withDottedPaths } from "@/lib/content/fields";
import { TRANSITIONS } from "@/lib/content/workflow";
import { providerFormToInput, providerInput, providerUpdateInput } from "@/lib/provider/schema";
import { createProvider, transitionProvider, updateProvider, verifyProvider } from "@/lib/provider/service";

// Thin actions (docs/conventions.md, rule 4): authorization happens in the services. The references arrive
// as flat fields ("references.2.title"); messages keep those names so each shows at its field.
const BASE = "/redaktion/dienstleister";
const createForm = withDottedPaths(providerInput);
const updateForm = withDottedPaths(providerUpdateInput);

export async function createProviderAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    createForm,
    async (input, actor) => {
      const { id } = await createProvider(actor, input);
      redirect(`${BASE}/${id}?meldung=created`);
    },
    providerFormToInput,
  );
}

export async function updateProviderAction(id: string, _state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    updateForm,
    async (input, actor) => {
      await updateProvider(actor, id, input);
      redirect(`${BASE}/${id}?meldung=saved`);
    },
    providerFormToInput,
  );
}

const transitionInput = z.object({
  id: z.string().min(1),
  version: z.coerce.number().int().min(1).optional(),
  transition: z.enum(TRANSITIONS, { error: "validation.invalidOption" }),
  confirmLookalikes: confirmLookalikesField(),
});

export async function transitionProviderAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, transitionInput, async ({ id, version, transition, confirmLookalikes }, actor) => {
    await redirectOnPublishRefusal(`${BASE}/${id}`, () => transitionProvider(actor, id, transition, version, { confirmLookalikes }));
    redirect(`${BASE}/${id}?meldung=${transition}`);
  });
}

export async function verifyProviderAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, z.object({ id: z.string().min(1) }), async ({ id }, actor) => {
    await verifyProvider(actor, id);
    redirect(`${BASE}/${id}?meldung=verify`);
  });
}
