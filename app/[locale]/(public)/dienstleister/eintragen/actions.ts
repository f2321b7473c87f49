"use server";

import { headers } from "next/headers";
import { errorState } from "@/lib/actions/run-form-action";
import { formValues, type FormState } from "@/lib/actions/form-state";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { actionLocale, actionTimeText, redirectLocalized } from "@/lib/i18n/action-locale";
import { submitProviderSignup } from "@/lib/signup/service";

// Public: no session. Spam checks (honeypot, limit per client address) live in the service. The
// answer is in the language of the page that posted (lib/i18n/action-locale.ts).
export async function submitSignupAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let outcome;
  try {
    outcome = await submitProviderSignup(values, clientIpFrom(await headers()), await actionLocale());
  } catch (error) {
    return errorState(error, values);
  }
  if (outcome.status === "rateLimited") {
    return { status: "error", formError: await actionTimeText("signup.validation.rateLimited", outcome.retryAt), values };
  }
  return redirectLocalized("/dienstleister/eintragen/danke");
}
