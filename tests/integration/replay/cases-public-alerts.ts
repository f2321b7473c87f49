import { readFileSync } from "node:fs";
import { hashToken } from "@/lib/account/tokens";
import { confirmAlert } from "@/lib/alerts/confirm";
import { requestAlert } from "@/lib/alerts/subscribe";
import { db } from "@/lib/db/client";
import { setProviderLogo } from "@/lib/provider/logo-service";
import * as alertRequestActions from "@/app/[locale]/(public)/benachrichtigungen/neu/actions";
import * as alertConfirmActions from "@/app/[locale]/(public)/benachrichtigungen/bestaetigen/[token]/actions";
import * as alertManageActions from "@/app/[locale]/(public)/benachrichtigungen/verwalten/[token]/actions";
import * as logoActions from "@/app/[locale]/(workspace)/redaktion/dienstleister/[id]/logo/actions";
import { initial, type CaseTable } from "./case";
import { formDataOf, Interrupt } from "./harness";
import { newProvider, uniqueEmail } from "./fixtures";
import { freshIp } from "./cases-admin";

// E-mail alerts (public: the token is the credential) and the editors' provider logos.
export const LOGO = readFileSync(new URL("../../e2e/fixtures/provider-logo.png", import.meta.url));
export const logoFile = () => new File([LOGO], "logo.png", { type: "image/png" });

/** The confirmation token of a new alert request for a fresh address (read from its mail's live link). */
async function pendingAlertToken(): Promise<{ token: string; email: string }> {
  const email = uniqueEmail("replay-alert");
  await requestAlert({ email, consent: "ja", query: "?foerderart=zuschuss", fax: "" }, freshIp());
  const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: email, kind: "alert-confirmation" }, orderBy: { createdAt: "desc" } });
  const token = /\/benachrichtigungen\/bestaetigen\/([A-Za-z0-9_-]+)/.exec(mail.secretLink ?? "")?.[1];
  if (!token) throw new Error("no confirmation link");
  return { token, email };
}

/** A confirmed address with one alert; returns its manage token and the alert's id. */
async function confirmedAlert(): Promise<{ manage: string; alertId: string }> {
  const { token } = await pendingAlertToken();
  const manage = await confirmAlert(token);
  if (!manage) throw new Error("confirmation failed");
  const alert = await db.alert.findFirstOrThrow({ where: { subscriber: { manageTokenHash: hashToken(manage) } }, select: { id: true } });
  return { manage, alertId: alert.id };
}

/**
 * Confirming creates the address's manage token, a new random one in every run, and redirects to
 * its page: the runs are compared with the token masked, as fixture ids are.
 */
async function withoutNewManageToken(action: Promise<unknown>) {
  try {
    return await action;
  } catch (error) {
    if (error instanceof Interrupt && error.kind === "redirect" && error.url) {
      throw new Interrupt("redirect", error.url.replace(/\/verwalten\/[A-Za-z0-9_-]+/, "/verwalten/<neues-token>"));
    }
    throw error;
  }
}

export const publicAlertCases: CaseTable = {
  "app/[locale]/(public)/benachrichtigungen/neu/actions.ts#requestAlertAction": {
    expect: { kind: "public", changes: ["PendingAlert", "MailMessage", "RateLimitBucket"] },
    prepare: async () => {
      const form = formDataOf({ email: uniqueEmail("replay-alert-form"), consent: "ja", query: "?foerderart=zuschuss", fax: "" });
      return { call: () => alertRequestActions.requestAlertAction(initial, form) };
    },
  },
  "app/[locale]/(public)/benachrichtigungen/bestaetigen/[token]/actions.ts#confirmAlertAction": {
    expect: { kind: "public", changes: ["PendingAlert", "AlertSubscriber", "Alert"] },
    prepare: async () => {
      const { token } = await pendingAlertToken();
      return { call: () => withoutNewManageToken(alertConfirmActions.confirmAlertAction(token)), fixtureIds: [token] };
    },
  },
  "app/[locale]/(public)/benachrichtigungen/verwalten/[token]/actions.ts#deleteAlertAction": {
    expect: { kind: "public", changes: ["AlertSubscriber", "Alert", "MailMessage"] },
    prepare: async () => {
      const { manage, alertId } = await confirmedAlert();
      return { call: () => alertManageActions.deleteAlertAction(manage, formDataOf({ alert: alertId })), fixtureIds: [manage, alertId] };
    },
  },
  "app/[locale]/(public)/benachrichtigungen/verwalten/[token]/actions.ts#deleteAllAlertsAction": {
    expect: { kind: "public", changes: ["AlertSubscriber", "Alert", "MailMessage"] },
    prepare: async () => {
      const { manage } = await confirmedAlert();
      return { call: () => alertManageActions.deleteAllAlertsAction(manage), fixtureIds: [manage] };
    },
  },
  "app/[locale]/(workspace)/redaktion/dienstleister/[id]/logo/actions.ts#uploadProviderLogoAction": {
    expect: { kind: "permission", permission: "provider.update", changes: ["Provider", "AuditLog"] },
    prepare: async ({ actors }) => {
      const provider = await newProvider(actors.ADMIN);
      return { call: () => logoActions.uploadProviderLogoAction(initial, formDataOf({ id: provider.id, logo: logoFile() })), fixtureIds: [provider.id] };
    },
  },
  "app/[locale]/(workspace)/redaktion/dienstleister/[id]/logo/actions.ts#removeProviderLogoAction": {
    expect: { kind: "permission", permission: "provider.update", changes: ["Provider", "AuditLog"] },
    prepare: async ({ actors }) => {
      const provider = await newProvider(actors.ADMIN);
      await setProviderLogo(actors.ADMIN, provider.id, new Uint8Array(LOGO));
      return { call: () => logoActions.removeProviderLogoAction(initial, formDataOf({ id: provider.id })), fixtureIds: [provider.id] };
    },
  },
};
