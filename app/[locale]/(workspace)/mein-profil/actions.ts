"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { proposeOwnProfileChange } from "@/lib/revision/propose";

// The entry is never named by the form: the service takes it from the signed-in account, and
// its schema drops every field the person may not change (a forged id, slug or status included).
export async function proposeOwnProfileAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, z.record(z.string(), z.unknown()), async (values, actor) => {
    await proposeOwnProfileChange(actor, values);
    redirect("/mein-profil?meldung=eingereicht");
  });
}
