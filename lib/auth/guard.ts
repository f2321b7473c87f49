import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";
import { safeReturnPath } from "./return-path";
import { getActor } from "./session";

/**
 * For pages and layouts of the signed-in area: sends visitors to the sign-in page (coming back to
 * `returnTo` afterwards) and answers 403 to users without the permission. This only shapes
 * navigation; every mutation is authorized again in its service (assertCan).
 */
export async function requirePermission(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/anmelden?weiter=${encodeURIComponent(safeReturnPath(returnTo))}`);
  if (!can(actor, permission)) forbidden();
  return actor;
}

/** For pages every signed-in user may open (their own account): only sends visitors to sign in. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/anmelden?weiter=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return actor;
}

export { safeReturnPath } from "./return-path";
