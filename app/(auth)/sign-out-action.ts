"use server";

import { redirect } from "next/navigation";
import { clearSessionCookie } from "@/lib/auth/session-token";

// Server actions only accept same-origin posts (Next checks Origin), so this needs no extra token.
// The JWT itself stays valid until it expires; only this browser forgets it. Ending all sessions
// of an account is done by raising its sessionVersion (password change, disabling).
export async function signOutAction() {
  await clearSessionCookie();
  redirect("/anmelden?abgemeldet=1");
}
