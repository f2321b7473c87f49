"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { boundToken } from "@/lib/actions/bound-arg";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { formValues, type FormState } from "@/lib/actions/form-state";
import { acceptInvitation } from "@/lib/account/invitation-accept";
import { newPasswordSchema } from "@/lib/account/schema";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { issueSessionCookie } from "@/lib/auth/session-token";

// The token is the authorization here (no session yet). Passwords are never sent back into the form.
export async function acceptInvitationAction(boundArg: unknown, _state: FormState, formData: FormData): Promise<FormState> {
  const token = boundToken(boundArg);
  const parsed = newPasswordSchema.safeParse(formValues(formData));
  if (!parsed.success) return { status: "error", fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { state, user } = await acceptInvitation(token, parsed.data.password, new Date(), clientIpFrom(await headers()));
  if (state === "limited") return { status: "error", formError: (await getTranslations("account.token"))("tooManyAttempts") };
  // The page explains an expired, used or revoked link.
  if (state !== "valid" || !user) redirect(`/einladung/${encodeURIComponent(token)}`);
  await issueSessionCookie(user);
  redirect("/mein-profil");
}
