"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { boundToken } from "@/lib/actions/bound-arg";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formValues, type FormState } from "@/lib/actions/form-state";
import { resetPassword } from "@/lib/account/password-reset";
import { newPasswordSchema } from "@/lib/account/schema";
import { clientIpFrom } from "@/lib/auth/client-ip";

// Passwords are never sent back into the form: a refused save shows empty password fields.
export async function resetPasswordAction(boundArg: unknown, _state: FormState, formData: FormData): Promise<FormState> {
  const token = boundToken(boundArg);
  const parsed = newPasswordSchema.safeParse(formValues(formData));
  if (!parsed.success) return { status: "error", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const state = await resetPassword(token, parsed.data.password, clientIpFrom(await headers()));
  if (state === "limited") return { status: "error", formError: (await getTranslations("account.token"))("tooManyAttempts") };
  if (state !== "valid") redirect(`/passwort-neu/${encodeURIComponent(token)}`);
  redirect("/anmelden?passwort=neu");
}
