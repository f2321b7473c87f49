// German is the portal's language; French and English serve the Luxembourg border region
// (issue 20). German URLs carry no prefix, the others /fr/… and /en/… (lib/i18n/routing.ts).
export const LOCALES = ["de", "fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** A stored language (a subscriber's, a sign-up's) as a Locale: German if it is none of ours. */
export function storedLocale(value: string | null | undefined): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The Intl locale of each: English as written in Europe (en-GB: the day before the month). */
export const INTL_LOCALE: Record<Locale, string> = { de: "de-DE", fr: "fr-FR", en: "en-GB" };

/**
 * The request header proxy.ts sets to the locale of the address a request was sent to, replacing
 * any a client sent: server actions post to the page's own address but cannot read root params
 * (lib/i18n/action-locale.ts).
 */
export const PAGE_LOCALE_HEADER = "x-page-locale";
