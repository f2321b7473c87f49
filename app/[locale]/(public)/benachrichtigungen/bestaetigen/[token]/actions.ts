"use server";

import { boundToken } from "@/lib/actions/bound-arg";
import { confirmAlert } from "@/lib/alerts/confirm";
import { alertConfirmPath, alertManagePath } from "@/lib/alerts/links";
import { redirectLocalized } from "@/lib/i18n/action-locale";

// The token is the only credential. Whoever confirms owns the address, so the next page is the
// address's own manage page; a dead link goes back to the link's page, which says so. Both in the
// language of the page that posted.
export async function confirmAlertAction(boundArg: unknown): Promise<void> {
  const token = boundToken(boundArg);
  const manageToken = await confirmAlert(token);
  if (!manageToken) return redirectLocalized(alertConfirmPath(encodeURIComponent(token)));
  return redirectLocalized(`${alertManagePath(manageToken)}?bestaetigt=1`);
}
