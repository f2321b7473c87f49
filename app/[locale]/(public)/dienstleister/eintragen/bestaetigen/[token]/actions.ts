"use server";

import { boundToken } from "@/lib/actions/bound-arg";
import { redirectLocalized } from "@/lib/i18n/action-locale";
import { confirmProviderSignup } from "@/lib/signup/service";

// The token is the only credential; a used, expired or unknown one goes back to the link's page,
// which explains what happened. Both in the language of the page that posted.
export async function confirmSignupAction(boundArg: unknown): Promise<void> {
  const token = boundToken(boundArg);
  const state = await confirmProviderSignup(token);
  if (state !== "valid") return redirectLocalized(`/dienstleister/eintragen/bestaetigen/${encodeURIComponent(token)}`);
  return redirectLocalized("/dienstleister/eintragen/bestaetigt");
}
