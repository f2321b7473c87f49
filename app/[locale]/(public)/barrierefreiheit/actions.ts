"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { errorState } from "@/lib/actions/run-form-action";
import { formValues, type FormState } from "@/lib/actions/form-state";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { feedbackRateLimitMessage, submitAccessibilityFeedback } from "@/lib/feedback/submit";

// Public: no session. Spam checks (honeypot, limit per client address) live in the service.
export async function submitFeedbackAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let outcome;
  try {
    outcome = await submitAccessibilityFeedback(values, clientIpFrom(await headers()));
  } catch (error) {
    return errorState(error, values);
  }
  if (outcome.status === "rateLimited") return { status: "error", formError: feedbackRateLimitMessage(outcome.retryAt), values };
  redirect("/barrierefreiheit/danke");
}
