"use server";

import { redirect } from "next/navigation";
import { boundToken } from "@/lib/actions/bound-arg";
import { confirmProviderSignup } from "@/lib/signup/service";

// The token is the only credential; a used, expired or unknown one goes back to the link's page,
// which explains what happened.
export async function confirmSignupAction(boundArg: unknown): Promise<void> {
  const token = boundToken(boundArg);
  const state = await confirmProviderSignup(token);
  if (state !== "valid") redirect(`/dienstleister/eintragen/bestaetigen/${encodeURIComponent(token)}`);
  redirect("/dienstleister/eintragen/bestaetigt");
}
