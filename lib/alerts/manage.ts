import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { describeAlertQuery } from "./label";
import { hashManageToken, isTokenShaped } from "./manage-token";
import { loadAlertContext } from "./selection";

// The page behind the mails' link and the unsubscribe endpoint. The token is the credential: it
// names exactly one address, whose alerts are the only ones these functions read or delete
// (ownership in the same statement, rule 6). No audit row: the audit log is kept for years, and
// an address's data must be gone with its last alert.

export type ManagedAlert = { id: string; query: string; label: string; createdAt: string };
export type ManagedAddress = { email: string; alerts: ManagedAlert[] };

const subscriberWhere = (token: string) => ({ manageTokenHash: hashManageToken(token) });

export async function getManagedAlerts(token: string, locale: Locale = DEFAULT_LOCALE): Promise<ManagedAddress | null> {
  if (!isTokenShaped(token)) return null;
  const subscriber = await db.alertSubscriber.findUnique({
    where: subscriberWhere(token),
    select: { email: true, alerts: { select: { id: true, query: true, createdAt: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!subscriber) return null;
  const { names } = await loadAlertContext();
  return {
    email: subscriber.email,
    alerts: subscriber.alerts.map((a) => ({ id: a.id, query: a.query, label: describeAlertQuery(a.query, names, locale), createdAt: a.createdAt.toISOString() })),
  };
}

/** Everything stored for an address: its subscriber row (alerts cascade), pending requests, its alert mails. */
async function deleteAddressData(tx: Tx, subscriber: { id: string; email: string }) {
  await tx.alertSubscriber.deleteMany({ where: { id: subscriber.id } });
  await tx.pendingAlert.deleteMany({ where: { email: subscriber.email } });
  // A digest still waiting in the outbox is deleted too: its job then finds no mail and skips.
  await tx.mailMessage.deleteMany({ where: { toAddress: subscriber.email, kind: { startsWith: "alert-" } } });
}

/** Deletes one alert of the token's address; the last one takes the address with it. */
export async function deleteAlert(token: string, alertId: string): Promise<"deleted" | "unsubscribed" | "invalid"> {
  if (!isTokenShaped(token)) return "invalid";
  return db.$transaction(async (tx) => {
    const subscriber = await tx.alertSubscriber.findUnique({ where: subscriberWhere(token), select: { id: true, email: true } });
    if (!subscriber) return "invalid";
    const { count } = await tx.alert.deleteMany({ where: { id: alertId, subscriberId: subscriber.id } });
    if (count === 0) return "invalid";
    if ((await tx.alert.count({ where: { subscriberId: subscriber.id } })) > 0) return "deleted";
    await deleteAddressData(tx, subscriber);
    return "unsubscribed";
  });
}

/** The one-click unsubscribe (RFC 8058) and "delete all": true when there was something to delete. */
export async function unsubscribeAddress(token: string): Promise<boolean> {
  if (!isTokenShaped(token)) return false;
  return db.$transaction(async (tx) => {
    const subscriber = await tx.alertSubscriber.findUnique({ where: subscriberWhere(token), select: { id: true, email: true } });
    if (!subscriber) return false;
    await deleteAddressData(tx, subscriber);
    return true;
  });
}

/** For the unsubscribe page (GET): whether the link still names an address, changing nothing. */
export async function isKnownManageToken(token: string): Promise<boolean> {
  if (!isTokenShaped(token)) return false;
  return (await db.alertSubscriber.count({ where: subscriberWhere(token) })) === 1;
}
