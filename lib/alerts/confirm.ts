import "server-only";
import { hashToken } from "@/lib/account/tokens";
import { db } from "@/lib/db/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { describeAlertQuery } from "./label";
import { hashManageToken, manageToken, newTokenSalt } from "./manage-token";
import { loadAlertContext } from "./selection";

// The double opt-in's second half. Opening the link (GET) only inspects; the button (POST)
// confirms: the pending row is deleted in the same transaction that stores the address and the
// alert, so a link works once and nothing of an unconfirmed request outlives it.

export type PendingState = { state: "valid"; label: string } | { state: "invalid" };

export async function inspectPendingAlert(token: string, locale: Locale = DEFAULT_LOCALE, now = new Date()): Promise<PendingState> {
  const row = await db.pendingAlert.findFirst({ where: { tokenHash: hashToken(token), expiresAt: { gt: now } }, select: { query: true } });
  if (!row) return { state: "invalid" };
  return { state: "valid", label: describeAlertQuery(row.query, (await loadAlertContext()).names, locale) };
}

/** Confirms; returns the manage token of the address (the confirmer owns it), or null for a dead link. */
export async function confirmAlert(token: string, now = new Date()): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const pending = await tx.pendingAlert.findFirst({ where: { tokenHash: hashToken(token), expiresAt: { gt: now } }, select: { id: true, email: true, query: true, locale: true } });
    if (!pending) return null;
    // The condition sits in the DELETE: of two concurrent confirmations only one goes on.
    const { count } = await tx.pendingAlert.deleteMany({ where: { id: pending.id } });
    if (count !== 1) return null;
    const salt = newTokenSalt();
    const subscriber = await tx.alertSubscriber.upsert({
      where: { email: pending.email },
      // The digests speak the language of the latest confirmed request.
      create: { email: pending.email, tokenSalt: salt, manageTokenHash: hashManageToken(manageToken(salt)), locale: pending.locale },
      update: { locale: pending.locale },
      select: { id: true, tokenSalt: true },
    });
    // News count from the confirmation on: the first digest does not list the whole past.
    await tx.alert.upsert({
      where: { subscriberId_query: { subscriberId: subscriber.id, query: pending.query } },
      create: { subscriberId: subscriber.id, query: pending.query, sentUntil: now },
      update: {},
      select: { id: true },
    });
    return manageToken(subscriber.tokenSalt);
  });
}
