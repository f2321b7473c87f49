"use server";

import { refresh } from "next/cache";
import type { FormState } from "@/lib/actions/form-state";
import { runFormAction } from "@/lib/actions/run-form-action";
import { env } from "@/lib/env";
import { legalNoticeSchema } from "@/lib/legal-notice/schema";
import { saveLegalNotice } from "@/lib/legal-notice/service";

// Thin action: the service authorizes (legalNotice.manage), audits and expires the public pages.
export async function saveLegalNoticeAction(_state: FormState, formData: FormData): Promise<FormState> {
  const state = await runFormAction(formData, legalNoticeSchema(env.SITE_URL), async (input, actor) => {
    await saveLegalNotice(actor, input);
  });
  // New version after a save; after a conflict the current one, so saving again overwrites knowingly.
  if (state.status === "success" || (state.status === "error" && state.conflict)) refresh();
  return state;
}
