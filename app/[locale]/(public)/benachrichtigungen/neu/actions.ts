"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { errorState } from "@/lib/actions/run-form-action";
import { formValues, type FormState } from "@/lib/actions/form-state";
import { requestAlert } from "@/lib/alerts/subscribe";
import { alertText } from "@/lib/alerts/texts";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { formatDateTime } from "@/lib/format";

// Public: no session. Limits and the honeypot live in the service; every accepted request gets the
// same thank-you page, whatever happened to the address.
export async function requestAlertAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let outcome;
  try {
    outcome = await requestAlert(values, clientIpFrom(await headers()));
  } catch (error) {
    return errorState(error, values);
  }
  if (outcome.status === "rateLimited") {
    return { status: "error", formError: alertText("validation.rateLimited", { time: formatDateTime(outcome.retryAt) }), values };
  }
  redirect("/benachrichtigungen/neu/danke");
}
