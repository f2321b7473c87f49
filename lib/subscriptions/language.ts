import "server-only";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { pageLocale } from "@/lib/i18n/href";
import { parseApiLanguage } from "@/lib/open-data/language";
import { parameterProblem } from "@/lib/open-data/parameter-problem";
import { rawParamsOf, withSubscriptionLocale } from "./links";

// Feeds and calendar files in the reader's language: `?lang=fr` or `en`, as on the open API (the
// French and English pages link them so). Titles and summaries come translated where the entry
// has a translation, else German; the links lead to the pages in that language. Without `lang` a
// file is German, exactly as before; a wrong `lang` is a 400 problem document, not a German file.

/** The language a feed or calendar request asked for, or the 400 answer to a wrong one. */
export async function subscriptionLocale(params: URLSearchParams): Promise<{ locale: Locale } | { refusal: Response }> {
  const parsed = parseApiLanguage(rawParamsOf(params));
  if (parsed.ok) return { locale: parsed.lang ?? DEFAULT_LOCALE };
  return { refusal: await parameterProblem(parsed.problem, { "Cache-Control": "no-store" }) };
}

/** withSubscriptionLocale for the page being rendered: its feeds and calendar files in its language. */
export async function localSubscriptionPaths(): Promise<(pathAndQuery: string) => string> {
  const locale = await pageLocale();
  return (pathAndQuery) => withSubscriptionLocale(pathAndQuery, locale);
}
