import "server-only";
import { z } from "zod";
import { inspectToken, issueToken, consumeToken, type TokenState } from "@/lib/account/tokens";
import { recordAudit } from "@/lib/audit/record";
import { db, type Prisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/queue";
import { bucketKey, hit, type Limit } from "@/lib/rate-limit/bucket";
import { isHoneypotFilled } from "./honeypot";
import { signupInput, toProviderData } from "./schema";
import { signupTexts } from "./texts";

// The public side of a sign-up: the form (no account), then the double opt-in by mail. Nobody is
// signed in here, so there is no permission to check; spam is held off by the honeypot and a
// limit per client address.
export const SIGNUP_LIMIT: Limit = { limit: 5, windowMs: 60 * 60_000, lockMs: 60 * 60_000 };

export type SignupOutcome = { status: "received" } | { status: "rateLimited"; retryAt: Date };

/**
 * Validates and stores a sign-up as UNCONFIRMED with its confirmation token and mail, in one
 * transaction. Invalid input throws INVALID with field messages (nothing is counted then, so
 * correcting a typo costs no attempt). A filled honeypot gets the same answer as a real
 * sign-up and nothing is stored or counted; the caller delivers the mail after the response.
 */
/** `locale`: the language of the form's page; the sign-up's mails are written in it. */
export async function submitProviderSignup(values: Record<string, unknown>, clientIp: string, locale: Locale = DEFAULT_LOCALE): Promise<SignupOutcome> {
  if (isHoneypotFilled(values)) return { status: "received" };
  const parsed = signupInput.safeParse(values);
  if (!parsed.success) {
    throw new AppError("INVALID", "errors.invalid", { fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> });
  }
  const input = parsed.data;
  const region = await db.region.findUnique({ where: { slug: input.region }, select: { kind: true } });
  if (region?.kind !== "KREIS") throw new AppError("INVALID", "errors.invalid", { fieldErrors: { region: ["validation.invalidOption"] } });

  const bucket = await hit(bucketKey("signup-ip", clientIp), SIGNUP_LIMIT);
  if (bucket.count > SIGNUP_LIMIT.limit) {
    return { status: "rateLimited", retryAt: bucket.lockedUntil ?? new Date(Date.now() + SIGNUP_LIMIT.lockMs) };
  }

  const email = input.email.toLowerCase();
  const data = toProviderData(input);
  await db.$transaction(async (tx) => {
    const signup = await tx.providerSignup.create({
      data: { contactName: input.contactName, email, data: data as unknown as Prisma.InputJsonValue, locale },
      select: { id: true },
    });
    const { token, expiresAt } = await issueToken(tx, "SIGNUP_CONFIRMATION", { signupId: signup.id });
    const t = signupTexts(locale);
    await queueMail(tx, {
      to: email,
      kind: "signup-confirmation",
      content: {
        locale,
        subject: t("mail.confirmSubject"),
        name: input.contactName,
        paragraphs: [t("mail.confirmBody", { name: input.name }), t("mail.confirmIgnore")],
        action: {
          label: t("mail.confirmAction"),
          url: `${env.SITE_URL}${localizedPath(locale, `/dienstleister/eintragen/bestaetigen/${token}`)}`,
          validUntil: expiresAt,
        },
      },
    });
    // Anonymous: no actor. The audit names the event, never the address.
    await recordAudit(tx, { actor: null, action: "providerSignup.submitted", entityType: "providerSignup", entityId: signup.id, before: null, after: { status: "UNCONFIRMED", name: input.name } });
  });
  return { status: "received" };
}

/** For the page the mail link opens (GET): what the token is worth and whose sign-up it is, without using it up. */
export async function inspectSignupToken(token: string): Promise<{ state: TokenState; companyName: string | null }> {
  const found = await inspectToken(db, "SIGNUP_CONFIRMATION", token);
  if (found.state !== "valid" || !found.signupId) return { state: found.state, companyName: null };
  const signup = await db.providerSignup.findUnique({ where: { id: found.signupId }, select: { data: true } });
  return { state: "valid", companyName: ((signup?.data ?? {}) as { name?: string }).name ?? null };
}

/**
 * The confirmation button (POST): uses the token up and moves the sign-up into the editors' queue
 * (UNCONFIRMED → PENDING) in one transaction. Only from here on do editors see it.
 */
export async function confirmProviderSignup(token: string): Promise<TokenState> {
  return db.$transaction(async (tx) => {
    const used = await consumeToken(tx, "SIGNUP_CONFIRMATION", token);
    if (used.state !== "valid" || !used.signupId) return used.state;
    const confirmedAt = new Date();
    const { count } = await tx.providerSignup.updateMany({
      where: { id: used.signupId, status: "UNCONFIRMED" },
      data: { status: "PENDING", confirmedAt },
    });
    if (count === 1) {
      await recordAudit(tx, {
        actor: null,
        action: "providerSignup.confirmed",
        entityType: "providerSignup",
        entityId: used.signupId,
        before: { status: "UNCONFIRMED" },
        after: { status: "PENDING", confirmedAt },
      });
    }
    return "valid";
  });
}
