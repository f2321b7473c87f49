"use server";

import { refresh } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { feedbackStatusInput } from "@/lib/feedback/schema";
import { setFeedbackStatus } from "@/lib/feedback/service";

// Thin action: the service authorizes (feedback.manage) and audits.
export async function setFeedbackStatusAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, feedbackStatusInput, async (input, actor) => {
    await setFeedbackStatus(actor, input);
  });
  if (state.status === "success" || (state.status === "error" && state.conflict)) refresh();
  return state;
}
