"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { errorState, runFormAction } from "@/lib/actions/run-form-action";
import { isAppError } from "@/lib/errors";
import { rejectInput } from "@/lib/signup/review-schema";
import { approveProviderSignup, rejectProviderSignup } from "@/lib/signup/service";

// Thin actions: the service authorizes ("revision.review"), writes and audits in one transaction.
const idField = z.object({ id: z.string().min(1) });

/** The sign-up's own refusals ("already decided", "address has an account") keep their text. */
function refusal(error: unknown): FormState {
  if (isAppError(error) && error.message.startsWith("signup.")) return { status: "error", formError: error.message };
  return errorState(error);
}

export async function approveSignupAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id = "";
  const state = await runFormAction(formData, idField, async (input, actor) => {
    id = input.id;
    try {
      await approveProviderSignup(actor, input.id);
    } catch (error) {
      return refusal(error);
    }
  });
  if (state.status !== "success") return state;
  redirect(`/redaktion/anmeldungen/${id}?entschieden=freigegeben`);
}

export async function rejectSignupAction(_state: FormState, formData: FormData): Promise<FormState> {
  let id = "";
  const state = await runFormAction(formData, rejectInput.extend(idField.shape), async (input, actor) => {
    id = input.id;
    try {
      await rejectProviderSignup(actor, input.id, { reason: input.reason });
    } catch (error) {
      // The same state object: the security log reads the refused permission from it.
      const state = refusal(error);
      if (state.status === "error") state.values = { reason: input.reason };
      return state;
    }
  });
  if (state.status !== "success") return state;
  redirect(`/redaktion/anmeldungen/${id}?entschieden=abgelehnt`);
}
