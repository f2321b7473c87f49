"use server";

import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/lib/actions/run-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { issueSessionCookie } from "@/lib/auth/session-token";
import { formatClockTimeUp } from "@/lib/auth/time";
import { localiseState } from "@/lib/user/form-messages";
import { changeOwnPassword } from "@/lib/user/password-service";
import { changePasswordSchema } from "@/lib/user/schema";

export async function changePasswordAction(_state: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("auth.account");
  const state = await runFormAction(formData, changePasswordSchema, async (input, actor) => {
    const result = await changeOwnPassword(actor, input);
    if ("reason" in result) return { status: "error", formError: t("locked", { time: formatClockTimeUp(result.lockedUntil) }) };
    // Other sessions ended with the raised sessionVersion; this browser gets a token for the new one.
    await issueSessionCookie(result);
    return { status: "success", message: t("changed") };
  });
  // Passwords are never sent back into the form.
  if (state.status === "error") state.values = {};
  return localiseState(state);
}
