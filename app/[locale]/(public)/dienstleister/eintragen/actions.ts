"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { errorState } from "@/lib/actions/run-form-action";
import { formValues, type FormState } from "@/lib/actions/form-state";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { formatDateTime } from "@/lib/format";
import { submitProviderSignup } from "@/lib/signup/service";
import { signupText } from "@/lib/signup/texts";

// Public: no session. Spam checks (honeypot, limit per client address) live in the service.
export async function submitSignupAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let outcome;
  try {
    outcome = await submitProviderSignup(values, clientIpFrom(await headers()));
  } catch (error) {
    return errorState(error, values);
  }
  if (outcome.status === "rateLimited") {
    return { status: "error", formError: signupText("validation.rateLimited", { time: formatDateTime(outcome.retryAt) }), values };
  }
  redirect("/dienstleister/eintragen/danke");
}
