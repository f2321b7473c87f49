import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/lib/content/translations";
import type { Locale } from "@/lib/i18n/config";

/**
 * The note under a detail page's header on a French or English page (issue 20): none when every
 * text is translated, "not translated yet" when none is, else "parts are in the original German".
 * `germanOnly`: texts that have no translation column; any of them present makes the entry partial.
 */
export async function translationNote(locale: Locale, texts: readonly LocalizedText[], germanOnly: readonly (string | null)[] = []): Promise<string | undefined> {
  if (locale === "de") return undefined;
  const t = await getTranslations("common.translations");
  if (texts.every((text) => text.lang === "de")) return t("detailNote");
  return texts.some((text) => text.lang === "de") || germanOnly.some(Boolean) ? t("partialNote") : undefined;
}

