"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIE } from "@/lib/auth/config";

// Server actions only accept same-origin posts (Next checks Origin), so this needs no extra token.
export async function signOutAction() {
  (await cookies()).delete({ name: SESSION_COOKIE.name, path: SESSION_COOKIE.options.path });
  redirect("/anmelden?abgemeldet=1");
}
