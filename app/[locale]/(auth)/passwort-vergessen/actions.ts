"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formValues, type FormState } from "@/lib/actions/form-state";
import { requestPasswordReset } from "@/lib/account/password-reset";
import { resetRequestSchema } from "@/lib/account/schema";
import { clientIpFrom } from "@/lib/auth/client-ip";

// The same answer whether or not the address has an account (issue 5: never reveal it).
export async function requestResetAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const parsed = resetRequestSchema.safeParse(values);
  if (!parsed.success) return { status: "error", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const t = await getTranslations("account.passwordReset");
  await requestPasswordReset(parsed.data.email, clientIpFrom(await headers()), (key, v) => t(key, v));
  // The worker delivers (lib/jobs): the response's duration must not tell whether a mail went out.
  return { status: "success", message: "account.passwordReset.sent" };
}
