"use server";

import { boundToken } from "@/lib/actions/bound-arg";
import { ALERT_UNSUBSCRIBED_PATH, alertManagePath } from "@/lib/alerts/links";
import { deleteAlert, unsubscribeAddress } from "@/lib/alerts/manage";
import { redirectLocalized } from "@/lib/i18n/action-locale";

// The token names the address; the alert id comes from the form and is only ever deleted together
// with that address's id (lib/alerts/manage.ts), so a foreign id deletes nothing. The next page is
// in the language of the page that posted.
export async function deleteAlertAction(boundArg: unknown, formData: FormData): Promise<void> {
  const token = boundToken(boundArg);
  const alertId = formData.get("alert");
  const outcome = await deleteAlert(token, typeof alertId === "string" ? alertId.slice(0, 64) : "");
  if (outcome === "unsubscribed") return redirectLocalized(ALERT_UNSUBSCRIBED_PATH);
  return redirectLocalized(`${alertManagePath(encodeURIComponent(token))}${outcome === "deleted" ? "?geloescht=1" : ""}`);
}

export async function deleteAllAlertsAction(boundArg: unknown): Promise<void> {
  await unsubscribeAddress(boundToken(boundArg));
  return redirectLocalized(ALERT_UNSUBSCRIBED_PATH);
}
