import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";
import { safeReturnPath } from "./return-path";
import { getActor } from "./session";

/**
 * For pages and layouts of the signed-in area: sends visitors to the sign-in page (coming back to
 * `returnTo` afterwards) and answers 403 to users without the permission. This only shapes
 * navigation; every mutation is authorized again in its service (assertCan). The forbidden() it
 * throws leaves an empty page without JavaScript, so it is only for permissions every account that
 * passes the area's layout has (tests/unit/auth/page-guards.test.ts); pages that refuse such
 * accounts use permittedActor().
 */
export async function requirePermission(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/anmelden?weiter=${encodeURIComponent(safeReturnPath(returnTo))}`);
  if (!can(actor, permission)) forbidden();
  return actor;
}

/**
 * For pages that render their own refusal (lib/auth/area-permissions.ts): sends visitors to the
 * sign-in page like requirePermission, but returns null instead of throwing forbidden() for users
 * without the permission, so the page renders <InPageForbidden /> as complete HTML.
 */
export async function permittedActor(permission: Permission, returnTo: string): Promise<Actor | null> {
  const actor = await getActor();
  if (!actor) redirect(`/anmelden?weiter=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return can(actor, permission) ? actor : null;
}

/** For generateMetadata of such pages: a refused page's title is the refusal's (WCAG 2.4.2). */
export async function lacksPermission(permission: Permission): Promise<boolean> {
  const actor = await getActor();
  return Boolean(actor && !can(actor, permission));
}

/** For pages every signed-in user may open (their own account): only sends visitors to sign in. */
export async function requireActor(returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/anmelden?weiter=${encodeURIComponent(safeReturnPath(returnTo))}`);
  return actor;
}

export { safeReturnPath } from "./return-path";
