"use server";

import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { queueImport, validateImport } from "@/lib/import/service";
import { typeOfSegment } from "@/lib/import/types";
import { recordRefusal, refusalOf } from "@/lib/security-log/record";

// Thin actions: authorization (import.run) happens in lib/import; these only translate outcomes
// into redirects, so both work without JavaScript.

export async function validateImportAction(formData: FormData) {
  const actor = await getActor();
  if (!actor) {
    await recordRefusal(null, { outcome: "UNAUTHENTICATED", permission: "import.run", action: "import.validate" });
    redirect("/anmelden?weiter=/redaktion/import");
  }
  const type = typeOfSegment(String(formData.get("typ") ?? ""));
  const file = formData.get("datei");
  if (!type) redirect("/redaktion/import?fehler=noType");
  if (!(file instanceof File) || file.name === "") redirect("/redaktion/import?fehler=noFile");
  const { jobId } = await validateImport(actor, type, { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name }).catch((error: unknown) =>
    refuse(error, actor, "import.validate"),
  );
  redirect(`/redaktion/import/${jobId}`);
}

export async function runImportAction(formData: FormData) {
  const actor = await getActor();
  const jobId = String(formData.get("job") ?? "");
  if (!actor) {
    await recordRefusal(null, { outcome: "UNAUTHENTICATED", permission: "import.run", action: "import.run" });
    redirect(`/anmelden?weiter=/redaktion/import/${encodeURIComponent(jobId)}`);
  }
  // The worker runs the commit (lib/jobs); the job page polls its progress.
  await queueImport(actor, jobId).catch((error: unknown) => {
    // Already started (double click, second tab) or not this actor's job: show the job as it is.
    if (isAppError(error) && error.code !== "FORBIDDEN" && error.code !== "UNAUTHENTICATED") return;
    return refuse(error, actor, "import.run");
  });
  redirect(`/redaktion/import/${encodeURIComponent(jobId)}`);
}

/**
 * A refusal goes back to the upload page with its message (its layout answers a complete 403 page
 * to accounts outside the editor area): forbidden() would leave an empty document after a post
 * without JavaScript.
 */
async function refuse(error: unknown, actor: Actor, action: string): Promise<never> {
  const refusal = refusalOf(error, action);
  if (!refusal) throw error;
  await recordRefusal(actor, refusal);
  redirect("/redaktion/import?fehler=forbidden");
}
