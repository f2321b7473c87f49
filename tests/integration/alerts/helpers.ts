import { db } from "@/lib/db/client";
import { PublicationStatus } from "@/lib/db/enums";
import { requestAlert } from "@/lib/alerts/subscribe";
import type { Locale } from "@/lib/i18n/config";

// Alerts as the public form sends them, and programmes that only one test's alert selects: each
// test filters by a word (q) no other programme has.
let counter = 0;
export const freshIp = () => `10.78.${process.pid % 250}.${counter++ % 250}`;
export const uniqueEmail = (prefix: string) => `${prefix}-${process.pid}-${Date.now()}-${counter++}@example.org`;
export const uniqueWord = (prefix: string) => `${prefix}${process.pid}x${Date.now().toString(36)}x${counter++}`;

export async function subscribe(email: string, query: string, ip = freshIp(), locale?: Locale) {
  return requestAlert({ email, consent: "ja", query, fax: "" }, ip, locale);
}

/** The token from the newest confirmation mail to this address (the live link, as the mail carries it). */
export async function confirmationToken(email: string): Promise<string> {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { toAddress: email, kind: "alert-confirmation" }, orderBy: { createdAt: "desc" } });
  const token = /\/benachrichtigungen\/bestaetigen\/([A-Za-z0-9_-]+)/.exec(mail.secretLink ?? "")?.[1];
  if (!token) throw new Error(`no confirmation link in ${mail.secretLink}`);
  return token;
}

let organisationId: string | null = null;

export async function publishProgramme(title: string, options: { publishedAt?: Date; deadline?: string | null; fundingTypes?: ("ZUSCHUSS" | "DARLEHEN")[] } = {}) {
  organisationId ??= (await db.organisation.create({ data: { slug: `it-alerts-${process.pid}-${Date.now()}`, name: "Testfördergeber Alerts", kind: "MINISTERIUM" } })).id;
  return db.programme.create({
    data: {
      slug: `it-alert-${process.pid}-${Date.now().toString(36)}-${counter++}`,
      title,
      summary: "Kurzbeschreibung",
      description: "Beschreibung",
      fundingBodyId: organisationId,
      level: "LAND",
      fundingTypes: options.fundingTypes ?? ["ZUSCHUSS"],
      targetGroups: ["KMU"],
      deadline: options.deadline ? new Date(`${options.deadline}T00:00:00Z`) : null,
      sourceUrl: "https://example.org/programm",
      lastVerifiedAt: new Date(),
      status: PublicationStatus.PUBLISHED,
      publishedAt: options.publishedAt ?? new Date(),
    },
    select: { id: true, slug: true, title: true },
  });
}

export const digestsTo = (email: string) => db.mailMessage.findMany({ where: { toAddress: email, kind: "alert-digest" }, orderBy: { createdAt: "asc" } });
