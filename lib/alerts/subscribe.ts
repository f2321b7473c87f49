import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { hashToken } from "@/lib/account/tokens";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/routing";
import { queueMail } from "@/lib/mail/queue";
import { bucketKey, hit, type Limit } from "@/lib/rate-limit/bucket";
import { isHoneypotFilled } from "@/lib/signup/honeypot";
import { describeAlertQuery } from "./label";
import { alertConfirmPath } from "./links";
import { PENDING_ALERT_LIFETIME_MS } from "./retention";
import { alertRequestInput } from "./schema";
import { canonicalAlertQuery, loadAlertContext, rawOfQuery } from "./selection";
import { alertTexts } from "./texts";

// Requesting an alert: nobody is signed in, the double opt-in is the only proof. Until the link is
// confirmed, only a PendingAlert exists (address, query, token hash, expiry); housekeeping deletes
// it after PENDING_ALERT_LIFETIME_MS. The answer is the same whether the address is new, already
// subscribed, over its limit or a robot's, so the form tells nobody which addresses are stored.
/** Per client address: refusals are shown (they name no e-mail address). */
export const ALERT_IP_LIMIT: Limit = { limit: 10, windowMs: 60 * 60_000, lockMs: 60 * 60_000 };
/** Per e-mail address: more requests are answered as usual but send no mail (no mail bombing). */
export const ALERT_ADDRESS_LIMIT: Limit = { limit: 3, windowMs: 24 * 60 * 60_000, lockMs: 24 * 60 * 60_000 };

export type AlertRequestOutcome = { status: "received" } | { status: "rateLimited"; retryAt: Date };

/** `locale`: the language of the page the form was sent from; the mails are written in it. */
export async function requestAlert(values: Record<string, unknown>, clientIp: string, locale: Locale = DEFAULT_LOCALE, now = new Date()): Promise<AlertRequestOutcome> {
  if (isHoneypotFilled(values)) return { status: "received" };
  const parsed = alertRequestInput.safeParse(values);
  if (!parsed.success) {
    throw new AppError("INVALID", "errors.invalid", { fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> });
  }
  const ip = await hit(bucketKey("alert-ip", clientIp), ALERT_IP_LIMIT);
  if (ip.count > ALERT_IP_LIMIT.limit) return { status: "rateLimited", retryAt: ip.lockedUntil ?? new Date(now.getTime() + ALERT_IP_LIMIT.lockMs) };
  const email = parsed.data.email.toLowerCase();
  const address = await hit(bucketKey("alert-address", email), ALERT_ADDRESS_LIMIT);
  if (address.count > ALERT_ADDRESS_LIMIT.limit) return { status: "received" };

  const context = await loadAlertContext();
  const query = canonicalAlertQuery(rawOfQuery(parsed.data.query), context);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + PENDING_ALERT_LIFETIME_MS);
  const label = describeAlertQuery(query, context.names, locale);
  const { alert: t } = alertTexts(locale);
  await db.$transaction(async (tx) => {
    await tx.pendingAlert.create({ data: { email, query, tokenHash: hashToken(token), expiresAt, locale }, select: { id: true } });
    await queueMail(tx, {
      to: email,
      kind: "alert-confirmation",
      content: {
        locale,
        subject: t("mail.confirmSubject"),
        paragraphs: [t("mail.confirmBody", { label }), t("mail.confirmIgnore")],
        action: { label: t("mail.confirmAction"), url: `${env.SITE_URL}${localizedPath(locale, alertConfirmPath(token))}`, validUntil: expiresAt, secret: true },
      },
    });
  });
  return { status: "received" };
}
