"use server";

import { headers } from "next/headers";
import { errorState } from "@/lib/actions/run-form-action";
import { formValues, type FormState } from "@/lib/actions/form-state";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { submitAccessibilityFeedback } from "@/lib/feedback/submit";
import { actionTimeText, redirectLocalized } from "@/lib/i18n/action-locale";

// Public: no session. Spam checks (honeypot, limit per client address) live in the service. The
// answer is in the language of the page that posted (lib/i18n/action-locale.ts).
export async function submitFeedbackAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let outcome;
  try {
    outcome = await submitAccessibilityFeedback(values, clientIpFrom(await headers()));
  } catch (error) {
    return errorState(error, values);
  }
  if (outcome.status === "rateLimited") return { status: "error", formError: await actionTimeText("legal.feedback.rateLimited", outcome.retryAt), values };
  return redirectLocalized("/barrierefreiheit/danke");
}
