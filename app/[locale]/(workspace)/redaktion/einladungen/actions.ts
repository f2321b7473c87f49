"use server";

import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { invitationFormSchema, invitationUserSchema } from "@/lib/account/invitation-schema";
import { inviteToProfile, resendInvitation, revokeInvitation } from "@/lib/account/invitations";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { recordRefusal, refusalOf } from "@/lib/security-log/record";

// Thin actions: the services authorize (user.invite) and write; the worker sends the mail after the commit.
const BASE = "/redaktion/einladungen";

export async function inviteAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, invitationFormSchema, async (input, actor) => {
    await inviteToProfile(actor, input);
    redirect(`${BASE}?meldung=invited`);
  });
}

/**
 * Resend and revoke are one-button forms in the list; a refusal comes back as a message on the
 * page (whose layout answers a complete 403 page to accounts outside the editor area), never as
 * forbidden(), which leaves an empty document after a post without JavaScript.
 */
async function rowAction(formData: FormData, run: typeof resendInvitation | typeof revokeInvitation, done: string) {
  const parsed = invitationUserSchema.safeParse({ userId: formData.get("userId") });
  let outcome = "failed";
  if (parsed.success) {
    const actor = await getActor();
    try {
      await run(actor, parsed.data.userId);
      outcome = done;
    } catch (error) {
      if (!isAppError(error)) throw error;
      const refusal = refusalOf(error, `invitation.${done}`);
      if (refusal) {
        await recordRefusal(actor, refusal);
        outcome = "forbidden";
      }
    }
  }
  redirect(`${BASE}?meldung=${outcome}`);
}

export async function resendInvitationAction(formData: FormData): Promise<void> {
  await rowAction(formData, resendInvitation, "resent");
}

export async function revokeInvitationAction(formData: FormData): Promise<void> {
  await rowAction(formData, revokeInvitation, "revoked");
}
