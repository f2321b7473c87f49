import { getLocale } from "next-intl/server";
import { isLocale, DEFAULT_LOCALE } from "./config";
import { localizedPath } from "./routing";

/** Server components: turns a German path into the current locale's address (/fr/…, /en/…). */
export async function localHrefs(): Promise<(path: string) => string> {
  const value = await getLocale();
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  return (path) => localizedPath(locale, path);
}
