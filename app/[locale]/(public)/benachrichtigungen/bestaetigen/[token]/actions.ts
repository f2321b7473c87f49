"use server";

import { redirect } from "next/navigation";
import { boundToken } from "@/lib/actions/bound-arg";
import { confirmAlert } from "@/lib/alerts/confirm";
import { alertConfirmPath, alertManagePath } from "@/lib/alerts/links";

// The token is the only credential. Whoever confirms owns the address, so the next page is the
// address's own manage page; a dead link goes back to the link's page, which says so.
export async function confirmAlertAction(boundArg: unknown): Promise<void> {
  const token = boundToken(boundArg);
  const manageToken = await confirmAlert(token);
  if (!manageToken) redirect(alertConfirmPath(encodeURIComponent(token)));
  redirect(`${alertManagePath(manageToken)}?bestaetigt=1`);
}
