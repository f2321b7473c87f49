import { getRequestConfig } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";
import { loadMessages } from "./messages";
import { TIME_ZONE } from "@/lib/dates";

// The locale is the root segment app/[locale] (proxy.ts rewrites German URLs to /de/…), read with
// next/root-params: unlike a header it is known while a page is prerendered, so every page stays
// static and is cached once per locale. Server actions and route handlers cannot read root params
// (Next throws there) and fall back to German here; the public forms' actions pass the locale of
// the page that posted explicitly (lib/i18n/action-locale.ts), route handlers their [locale] param.
async function currentLocale(): Promise<Locale> {
  try {
    const value: unknown = await rootLocale();
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export default getRequestConfig(async ({ locale: explicit }) => {
  const locale = isLocale(explicit) ? explicit : await currentLocale();
  return { locale, timeZone: TIME_ZONE, messages: await loadMessages(locale) };
});
