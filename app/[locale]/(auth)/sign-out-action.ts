"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { endSession } from "@/lib/auth/session";
import { clearSessionCookie } from "@/lib/auth/session-token";

// Server actions only accept same-origin posts (Next checks Origin), so this needs no extra token.
// The session ends on the server (raised sessionVersion), so a copied cookie is worthless too.
export async function signOutAction() {
  await endSession((await cookies()).get(SESSION_COOKIE.name)?.value);
  await clearSessionCookie();
  redirect("/anmelden?abgemeldet=1");
}
