"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { afterSignInPath } from "@/lib/auth/landing";
import { issueSessionCookie } from "@/lib/auth/session-token";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { formatClockTimeUp } from "@/lib/auth/time";
import { deliverPendingMail } from "@/lib/mail/deliver";

const schema = z.object({
  email: z.string().trim().min(1, "validation.required"),
  password: z.string().min(1, "validation.required"),
  weiter: z.string().optional(),
});

// Server actions only accept same-origin posts (Next checks Origin), which stands in for the
// CSRF token of next-auth's own Credentials endpoint.
export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { email: String(formData.get("email") ?? ""), weiter: String(formData.get("weiter") ?? "") };
  const parsed = schema.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success) {
    return { status: "error", formError: "errors.invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  const t = await getTranslations("auth.signIn");
  const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientIpFrom(await headers()));
  if (!result.ok) {
    // A failure may have queued the owner's warning mail (lib/auth/sign-in-alert.ts); sent after the
    // response, so its duration tells nothing.
    after(() => deliverPendingMail());
    const formError = result.reason === "locked" ? t("locked", { time: formatClockTimeUp(result.lockedUntil) }) : t("invalid");
    return { status: "error", formError, values };
  }
  await issueSessionCookie(result.user);
  redirect(afterSignInPath(result.user.role, parsed.data.weiter));
}
