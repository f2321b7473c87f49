import type { Role } from "@/lib/db/enums";
import { safeReturnPath } from "./return-path";

/** Where a sign-in lands without a (valid) return path: the editor area or the own entry. */
export function landingPath(role: Role): string {
  return role === "ADMIN" || role === "EDITOR" ? "/redaktion" : "/mein-profil";
}

export function afterSignInPath(role: Role, returnTo: string | null | undefined): string {
  const path = safeReturnPath(returnTo, landingPath(role));
  // Back to the sign-in page would look as if the sign-in had failed.
  return path === "/anmelden" || path.startsWith("/anmelden?") || path.startsWith("/anmelden/") ? landingPath(role) : path;
}
