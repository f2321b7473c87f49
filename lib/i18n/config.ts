// German is the portal's language; French and English serve the Luxembourg border region
// (issue 20). German URLs carry no prefix, the others /fr/… and /en/… (lib/i18n/routing.ts).
export const LOCALES = ["de", "fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "de";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
