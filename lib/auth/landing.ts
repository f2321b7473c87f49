import type { Role } from "@/lib/db/enums";
import { safeReturnPath } from "./return-path";

/** Where a sign-in lands without a (valid) return path: the editor area or the own account. */
export function landingPath(role: Role): string {
  return role === "ADMIN" || role === "EDITOR" ? "/redaktion" : "/konto";
}

export function afterSignInPath(role: Role, returnTo: string | null | undefined): string {
  return safeReturnPath(returnTo, landingPath(role));
}
