"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { FormState } from "@/lib/actions/form-state";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { afterSignInPath } from "@/lib/auth/landing";
import { issueSessionCookie } from "@/lib/auth/session-token";
import { verifyCredentials } from "@/lib/auth/sign-in";
import { formatClockTimeUp } from "@/lib/auth/time";

// Bounded and free of NUL before anything reaches the database (PostgreSQL refuses U+0000 in text).
const noNul = (v: string) => !v.includes("\u0000");
const schema = z.object({
  email: z.string().trim().min(1, "validation.required").max(254, "validation.email").refine(noNul, "validation.email"),
  password: z.string().min(1, "validation.required").max(1024, "validation.tooLong"),
  weiter: z.string().max(2000).optional(),
});

// A file part where text is expected counts as empty (it is refused by the schema, never echoed).
const text = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

// Server actions only accept same-origin posts (Next checks Origin), which stands in for the
// CSRF token of next-auth's own Credentials endpoint.
export async function signInAction(_state: FormState, formData: FormData): Promise<FormState> {
  const values = { email: text(formData.get("email")).slice(0, 254), weiter: text(formData.get("weiter")).slice(0, 2000) };
  const parsed = schema.safeParse({ email: formData.get("email") ?? "", weiter: formData.get("weiter") ?? "", password: formData.get("password") ?? "" });
  if (!parsed.success) {
    return { status: "error", formError: "errors.invalid", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  const t = await getTranslations("auth.signIn");
  const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientIpFrom(await headers()));
  if (!result.ok) {
    // A failure may have queued the owner's warning mail (lib/auth/sign-in-alert.ts); the worker
    // sends it, so the response's duration tells nothing.
    const formError = result.reason === "locked" ? t("locked", { time: formatClockTimeUp(result.lockedUntil) }) : t("invalid");
    return { status: "error", formError, values };
  }
  await issueSessionCookie(result.user);
  redirect(afterSignInPath(result.user.role, parsed.data.weiter));
}
