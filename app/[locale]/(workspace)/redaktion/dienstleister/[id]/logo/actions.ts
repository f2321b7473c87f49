"use server";

import { redirect } from "next/navigation";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { providerLogoRemoval, providerLogoUpload } from "@/lib/media/schema";
import { removeProviderLogo, setProviderLogo } from "@/lib/provider/logo-service";

// Thin actions (docs/conventions.md, rule 4). formValues() keeps text only, so the file is handed to
// the schema beside them; its bytes are checked by their content in the service.
const page = (id: string, notice: string) => `/redaktion/dienstleister/${encodeURIComponent(id)}/logo?meldung=${notice}`;

export async function uploadProviderLogoAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(
    formData,
    providerLogoUpload,
    async ({ id, logo }, actor) => {
      await setProviderLogo(actor, id, new Uint8Array(await logo.arrayBuffer()));
      redirect(page(id, "logoSaved"));
    },
    (values) => ({ ...values, logo: formData.get("logo") }),
  );
}

export async function removeProviderLogoAction(_state: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(formData, providerLogoRemoval, async ({ id }, actor) => {
    await removeProviderLogo(actor, id);
    redirect(page(id, "logoRemoved"));
  });
}
