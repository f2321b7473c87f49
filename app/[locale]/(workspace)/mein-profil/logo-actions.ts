"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { isAppError } from "@/lib/errors";
import { ownLogoProposal } from "@/lib/media/schema";
import { proposeOwnLogo, proposeOwnLogoRemoval } from "@/lib/revision/logo-proposal";

// Thin actions (docs/conventions.md, rule 4). The form names no entry: the service proposes for the
// signed-in account's own provider. formValues() keeps text only, so the file is handed over beside them.
export async function proposeOwnLogoAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    ownLogoProposal,
    async ({ logo }, actor) => {
      await proposeOwnLogo(actor, new Uint8Array(await logo.arrayBuffer()));
      redirect("/mein-profil?meldung=logoEingereicht#logo");
    },
    (values) => ({ ...values, logo: formData.get("logo") }),
  );
}

export async function proposeOwnLogoRemovalAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, z.object({}), async (_input, actor) => {
    try {
      await proposeOwnLogoRemoval(actor);
    } catch (error) {
      // "Nothing to remove" has no field: its catalogue key becomes the form's message.
      if (isAppError(error) && error.code === "INVALID" && !error.details.fieldErrors) return { status: "error", formError: error.message };
      throw error;
    }
    redirect("/mein-profil?meldung=logoEntfernenEingereicht#logo");
  });
}
