import { getLocale } from "next-intl/server";
import { isLocale, DEFAULT_LOCALE, type Locale } from "./config";
import { localizedPath } from "./routing";

/** The page's locale in a server component (from the root segment, lib/i18n/request.ts). */
export async function pageLocale(): Promise<Locale> {
  const value = await getLocale();
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** Server components: turns a German path into the current locale's address (/fr/…, /en/…). */
export async function localHrefs(): Promise<(path: string) => string> {
  const locale = await pageLocale();
  return (path) => localizedPath(locale, path);
}

/** One German path in the current locale: canonical addresses of French and English pages. */
export async function localHref(path: string): Promise<string> {
  return localizedPath(await pageLocale(), path);
}
