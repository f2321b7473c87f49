"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { isAppError } from "@/lib/errors";
import { retryMail } from "@/lib/mail/retry";

// Thin action (rule 4): lib/mail authorizes (mail.retry), writes the audit row and queues the job.
const retrySchema = z.object({ id: z.string().trim().min(1, "validation.required").max(64, "validation.tooLong") });

export async function retryMailAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, retrySchema, async ({ id }, actor) => {
    try {
      await retryMail(actor, id);
    } catch (error) {
      // A conflict names its reason as a catalogue key (lib/mail/retry.ts).
      if (isAppError(error) && error.code === "CONFLICT") return { status: "error", formError: error.message };
      throw error;
    }
  });
  if (state.status !== "success") return state;
  redirect(`/redaktion/postausgang/${encodeURIComponent(String(formData.get("id")))}?meldung=erneut`);
}
