"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, type FormState } from "@/lib/actions/form-state";
import { resetPassword } from "@/lib/account/password-reset";
import { newPasswordSchema } from "@/lib/account/schema";

// Passwords are never sent back into the form: a refused save shows empty password fields.
export async function resetPasswordAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = newPasswordSchema.safeParse(formValues(formData));
  if (!parsed.success) return { status: "error", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const state = await resetPassword(token, parsed.data.password);
  if (state !== "valid") redirect(`/passwort-neu/${encodeURIComponent(token)}`);
  redirect("/anmelden?passwort=neu");
}
