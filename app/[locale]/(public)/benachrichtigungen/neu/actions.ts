"use server";

import { headers } from "next/headers";
import { errorState } from "@/lib/actions/run-form-action";
import { formValues, type FormState } from "@/lib/actions/form-state";
import { requestAlert } from "@/lib/alerts/subscribe";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { actionLocale, actionTimeText, redirectLocalized } from "@/lib/i18n/action-locale";

// Public: no session. Limits and the honeypot live in the service; every accepted request gets the
// same thank-you page, whatever happened to the address, in the language of the page that posted.
export async function requestAlertAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let outcome;
  try {
    outcome = await requestAlert(values, clientIpFrom(await headers()), await actionLocale());
  } catch (error) {
    return errorState(error, values);
  }
  if (outcome.status === "rateLimited") {
    return { status: "error", formError: await actionTimeText("alerts.validation.rateLimited", outcome.retryAt), values };
  }
  return redirectLocalized("/benachrichtigungen/neu/danke");
}
