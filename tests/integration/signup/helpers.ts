import { db } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { submitProviderSignup } from "@/lib/signup/service";

// Sign-ups as the public form sends them (FormData values), one unique company per call.
let ipCounter = 0;
/** A client address of its own for each call, so only the rate-limit test meets the limit. */
export const freshIp = () => `10.77.${process.pid % 250}.${ipCounter++ % 250}`;

export function formValues(name: string, email: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    contactName: "Erika Muster",
    email,
    phone: "0651 123456",
    website: "https://example.org",
    postalCode: "54290",
    town: "Trier",
    region: "stadt-trier",
    services: ["WEBSITE_SHOP", "SOFTWARE"],
    industries: "HANDWERK",
    summary: `Webseiten und Apps von ${name}`,
    description: "Wir bauen Webseiten.\n\nUnd <script>alert(1)</script> Apps.",
    size: "SMALL",
    consent: "ja",
    fax: "",
    ...extra,
  };
}

export const signupsFor = (email: string) => db.providerSignup.findMany({ where: { email }, orderBy: { createdAt: "asc" } });

/** The token from the newest confirmation mail to this address. */
export async function confirmationToken(email: string): Promise<string> {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: email, kind: "signup-confirmation" }, orderBy: { createdAt: "desc" } });
  const token = /\/dienstleister\/eintragen\/bestaetigen\/([A-Za-z0-9_-]+)/.exec(mail.secretLink ?? "")?.[1];
  if (!token) throw new Error(`no confirmation link in:\n${mail.secretLink}`);
  return token;
}

/** Submits a sign-up (from the form's page in `locale`) and returns its id and token (still UNCONFIRMED). */
export async function submitted(name: string, email: string, locale?: Locale) {
  const outcome = await submitProviderSignup(formValues(name, email), freshIp(), locale);
  if (outcome.status !== "received") throw new Error("sign-up refused");
  const [signup] = await signupsFor(email);
  return { id: signup!.id, token: await confirmationToken(email) };
}

let mailCounter = 0;
export const uniqueEmail = (prefix: string) => `${prefix}-${process.pid}-${Date.now()}-${mailCounter++}@example.org`;
