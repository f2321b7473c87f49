import { sanitizeOptionalRichText } from "@/lib/rich-text/sanitize";
import { TRANSLATION_LOCALES, translatedKey, type TranslatedKey, type TranslationValues } from "./translations";

/**
 * The translation columns of a write: plain texts as typed, the long rich text (`rich`)
 * sanitized like its German field.
 */
export function translationData<F extends string>(input: TranslationValues<F>, plain: readonly F[], rich: F): Record<TranslatedKey<F>, string | null> {
  const data: Partial<Record<TranslatedKey<F>, string | null>> = {};
  for (const locale of TRANSLATION_LOCALES) {
    for (const field of plain) data[translatedKey(field, locale)] = input[translatedKey(field, locale)] ?? null;
    data[translatedKey(rich, locale)] = sanitizeOptionalRichText(input[translatedKey(rich, locale)] ?? null);
  }
  return data as Record<TranslatedKey<F>, string | null>;
}
