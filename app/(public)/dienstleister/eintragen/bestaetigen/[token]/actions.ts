"use server";

import { redirect } from "next/navigation";
import { confirmProviderSignup } from "@/lib/signup/service";

// The token is the only credential; a used, expired or unknown one goes back to the link's page,
// which explains what happened.
export async function confirmSignupAction(token: string): Promise<void> {
  const state = await confirmProviderSignup(token);
  if (state !== "valid") redirect(`/dienstleister/eintragen/bestaetigen/${encodeURIComponent(token)}`);
  redirect("/dienstleister/eintragen/bestaetigt");
}
