import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { PUBLISH_INCOMPLETE, PUBLISH_LOOKALIKES, PUBLISH_REFUSAL_PARAM, PUBLISH_REFUSALS } from "@/lib/content/publish-check";
import { isAppError } from "@/lib/errors";

// A refused publish is explained on the edit page itself (missing fields next to the fields, the
// look-alikes with "Trotzdem veröffentlichen"), so the action sends the browser there with the
// reason in the URL: the page works without JavaScript and survives a reload.

/** The hidden field of the second, confirming submit ("Trotzdem veröffentlichen"). */
export const confirmLookalikesField = () =>
  z
    .literal("ja")
    .optional()
    .transform((value) => value === "ja");

/** Runs the transition; a publish refused as incomplete or as a likely duplicate redirects to `editPath`. */
export async function redirectOnPublishRefusal(editPath: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    const reason = !isAppError(error) ? null : error.message === PUBLISH_INCOMPLETE ? PUBLISH_REFUSALS.incomplete : error.message === PUBLISH_LOOKALIKES ? PUBLISH_REFUSALS.lookalikes : null;
    if (reason) redirect(`${editPath}?${PUBLISH_REFUSAL_PARAM}=${reason}`);
    throw error;
  }
}
