import type { z } from "zod";
import type { Locale } from "@/lib/i18n/config";
import { optionalText } from "@/lib/validation/fields";

// French and English versions of an entry's texts (issue 20): optional columns beside the German
// ones (`titleFr`, `summaryEn` …), so they go through the form, the version lock, the audit and
// the import like every other field. German is the original and always complete; a reader of a
// French page sees the French text where there is one, else the German text marked lang="de" with
// a note in the reader's language.

export const TRANSLATION_LOCALES = ["fr", "en"] as const satisfies readonly Locale[];
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

const SUFFIX: Record<TranslationLocale, "Fr" | "En"> = { fr: "Fr", en: "En" };

export type TranslatedKey<F extends string> = `${F}${"Fr" | "En"}`;

/** The column holding `field` in `locale`: ("title", "fr") → "titleFr". */
export const translatedKey = <F extends string>(field: F, locale: TranslationLocale): TranslatedKey<F> =>
  `${field}${SUFFIX[locale]}` as TranslatedKey<F>;

/** Every translation column of `fields`, French first: the form order. */
export function translatedKeys<F extends string>(fields: readonly F[]): TranslatedKey<F>[] {
  return TRANSLATION_LOCALES.flatMap((locale) => fields.map((field) => translatedKey(field, locale)));
}

/** The translation columns of `fields` for a Prisma select: `{ titleFr: true, titleEn: true, … }`. */
export function translationSelect<F extends string>(fields: readonly F[]): Record<TranslatedKey<F>, true> {
  return Object.fromEntries(translatedKeys(fields).map((key) => [key, true])) as Record<TranslatedKey<F>, true>;
}

/** Field → message key of its label ("Titel (Französisch)"), one set for every content type. */
export function translationLabelKeys(fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(translatedKeys(fields).map((key) => [key, `editor.translations.fields.${key}`]));
}

/** zod fields for the translations of `fields`, each as long as its German field may be. */
export function translationFields<F extends string>(maxLengths: Record<F, number>) {
  const entries = (Object.entries(maxLengths) as [F, number][]).flatMap(([field, max]) =>
    TRANSLATION_LOCALES.map((locale) => [translatedKey(field, locale), optionalText(max)] as const),
  );
  return Object.fromEntries(entries) as Record<TranslatedKey<F>, ReturnType<typeof optionalText>>;
}

/** No translations: every column of `fields` null (new entries from code, tests). */
export function noTranslations<F extends string>(fields: readonly F[]): Record<TranslatedKey<F>, null> {
  return Object.fromEntries(translatedKeys(fields).map((key) => [key, null])) as Record<TranslatedKey<F>, null>;
}

export type TranslationValues<F extends string> = Partial<Record<TranslatedKey<F>, string | null>>;

/** The translation columns of `fields` from an input, a missing one null (a write's data). */
export function pickTranslations<F extends string>(input: TranslationValues<F>, fields: readonly F[]): Record<TranslatedKey<F>, string | null> {
  return Object.fromEntries(translatedKeys(fields).map((key) => [key, input[key] ?? null])) as Record<TranslatedKey<F>, string | null>;
}

/** A text as a reader of `locale` gets it: `lang` is set when it is the German original instead. */
export interface LocalizedText {
  text: string;
  lang?: "de";
}

/** `field` of `entry` for a reader of `locale`: its translation when there is one, else German. */
export function localizedText<F extends string>(entry: Record<F, string> & TranslationValues<F>, field: F, locale: Locale): LocalizedText {
  if (locale === "de") return { text: entry[field] };
  const translated = entry[translatedKey(field, locale)] as string | null | undefined;
  return translated?.trim() ? { text: translated } : { text: entry[field], lang: "de" };
}

/** A title and summary in `locale`, each the German original where untranslated: for feeds and calendar files, which carry no language marks. */
export function localizedTitleAndSummary(entry: Record<"title" | "summary", string> & TranslationValues<"title" | "summary">, locale: Locale): { title: string; summary: string } {
  return { title: localizedText(entry, "title", locale).text, summary: localizedText(entry, "summary", locale).text };
}

/**
 * An optional text (an advisor's job title) for a reader of `locale`, as localizedText; null when
 * the entry has it in neither German nor the reader's language.
 */
export function localizedOptionalText<F extends string>(entry: Record<F, string | null> & TranslationValues<F>, field: F, locale: Locale): LocalizedText | null {
  const text = localizedText({ ...entry, [field]: entry[field] ?? "" } as Record<F, string> & TranslationValues<F>, field, locale);
  return text.text.trim() ? text : null;
}

/**
 * `lang` of a text that exists only in German (names of organisations and regions, Themenfelder,
 * milestones): "de" on French and English pages, nothing on German ones.
 */
export function germanOnly(locale: Locale): "de" | undefined {
  return locale === "de" ? undefined : "de";
}

/**
 * `{ lang: "de" }` for a German-only value on a French or English page, else nothing: spread into
 * data for client components, whose flight payload would carry an explicit `lang: undefined`.
 */
export function germanMark(locale: Locale): { lang?: "de" } {
  const lang = germanOnly(locale);
  return lang ? { lang } : {};
}

/** A text that exists only in German as a reader of `locale` gets it (marked on French and English pages). */
export function germanText(text: string, locale: Locale): LocalizedText {
  return locale === "de" ? { text } : { text, lang: "de" };
}

/** What a link to another programme, event, news item or initiative shows: its title and the title's translations. */
export type LinkTitle = { title: string } & TranslationValues<"title">;

/** The columns of such a link in a Prisma select (slug, title, titleFr, titleEn). */
export const LINK_TITLE_SELECT = { slug: true, title: true, ...translationSelect(["title"]) } as const;

/** The schema's output type of translationFields, for input types built from it. */
export type TranslationInput<F extends string> = { [K in TranslatedKey<F>]: z.output<ReturnType<typeof optionalText>> };

/** The translations of `fields` as a form shows them: a missing one is "" (editor form values). */
export function translationFormValues<F extends string>(entry: TranslationValues<F>, fields: readonly F[]): Record<TranslatedKey<F>, string> {
  return Object.fromEntries(translatedKeys(fields).map((key) => [key, entry[key] ?? ""])) as Record<TranslatedKey<F>, string>;
}
