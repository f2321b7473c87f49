import { localizedOptionalText, localizedText, type TranslationValues } from "@/lib/content/translations";
import { LOCALES, isLocale, type Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/routing";
import type { RawSearchParams } from "@/lib/listing/params";

// The API's `lang` (issue 20): de, fr or en. Without it an answer is exactly what it was before the
// parameter existed (German texts, German addresses, no language fields), so no client breaks.
// With it, titles, summaries and descriptions come in that language where the entry has a
// translation, `textLanguages` says which language each of them is in (the German original where
// there is none), and addresses lead to the pages in that language. Names (organisations,
// Themenfelder, regions) and the texts without translations (eligibility, milestones …) stay German.

export const LANG_PARAM = "lang";

/** The language a request asked for; null: not asked (the answer as before the parameter). */
export type ApiLanguage = Locale | null;

export type LanguageIssue = { field: typeof LANG_PARAM; issue: "tooMany" | "unknownLanguage"; max?: number };

/** `lang` of a request, or the problem with it (a list or an empty value is no language). */
export function parseApiLanguage(raw: RawSearchParams): { ok: true; lang: ApiLanguage } | { ok: false; problem: LanguageIssue } {
  const value = raw[LANG_PARAM];
  if (value === undefined) return { ok: true, lang: null };
  const values = Array.isArray(value) ? value : [value];
  if (values.length > 1) return { ok: false, problem: { field: LANG_PARAM, issue: "tooMany", max: 1 } };
  const lang = values[0]!.trim();
  return isLocale(lang) ? { ok: true, lang } : { ok: false, problem: { field: LANG_PARAM, issue: "unknownLanguage" } };
}

export const API_LANGUAGES = LOCALES;

/** `fields` of `entry` in `lang`, and with a language asked for, `textLanguages`: which language each is in. */
export function apiTexts<F extends string>(entry: Record<F, string> & TranslationValues<F>, fields: readonly F[], lang: ApiLanguage) {
  if (lang === null) return { texts: Object.fromEntries(fields.map((field) => [field, entry[field] as string])) as Record<F, string> };
  const localized = fields.map((field) => [field, localizedText(entry, field, lang)] as const);
  return {
    texts: Object.fromEntries(localized.map(([field, text]) => [field, text.text])) as Record<F, string>,
    textLanguages: Object.fromEntries(localized.map(([field, text]) => [field, text.lang ?? lang])) as Record<F, Locale>,
  };
}

/**
 * Like apiTexts for texts an entry may lack (an advisor's job title, office hours): a missing one
 * stays null and names no language in `textLanguages`.
 */
export function apiOptionalTexts<F extends string>(entry: Record<F, string | null> & TranslationValues<F>, fields: readonly F[], lang: ApiLanguage) {
  if (lang === null) return { texts: Object.fromEntries(fields.map((field) => [field, entry[field]])) as unknown as Record<F, string | null> };
  const localized = fields.map((field) => [field, localizedOptionalText(entry, field, lang)] as const);
  return {
    texts: Object.fromEntries(localized.map(([field, text]) => [field, text?.text ?? null])) as Record<F, string | null>,
    textLanguages: Object.fromEntries(localized.flatMap(([field, text]) => (text ? [[field, text.lang ?? lang]] : []))) as Partial<Record<F, Locale>>,
  };
}

/** A portal path, to the page in `lang` when a language was asked for (/fr/…, /en/…). */
export function apiPath(path: string, lang: ApiLanguage): string {
  return lang ? localizedPath(lang, path) : path;
}

/** The same as an absolute address. */
export function apiLink(site: string, path: string, lang: ApiLanguage = null): string {
  return new URL(apiPath(path, lang), site).toString();
}
