import { TIME_ZONE } from "@/lib/dates";
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from "@/lib/i18n/config";

// Dates and amounts in the page's language (German by default: the signed-in areas, mails and
// feeds are German). Calendar days (YYYY-MM-DD) are formatted as such; instants in Berlin time.
// The euro as each language writes it ("5.000 €", "5 000 €", "€5,000").

type FormatOptions = Intl.DateTimeFormatOptions;
const cache = new Map<string, Intl.DateTimeFormat>();

/** One formatter per locale and style, made on first use (they are costly to construct). */
function dateFormat(locale: Locale, name: string, options: FormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${name}`;
  let format = cache.get(key);
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[locale], options)));
  return format;
}

const euroFormats = new Map<Locale, Intl.NumberFormat>();

const DAY: FormatOptions = { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" };
const INSTANT_DAY: FormatOptions = { day: "2-digit", month: "2-digit", year: "numeric", timeZone: TIME_ZONE };
const DATE_TIME: FormatOptions = { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE };
const MONTH: FormatOptions = { month: "long", year: "numeric", timeZone: "UTC" };
const LONG_DAY: FormatOptions = { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };

export function formatDay(day: string, locale: Locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, "day", DAY).format(new Date(`${day}T00:00:00Z`));
}

export function formatInstantDay(iso: string, locale: Locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, "instantDay", INSTANT_DAY).format(new Date(iso));
}

export function formatEuro(amount: number, locale: Locale = DEFAULT_LOCALE): string {
  let format = euroFormats.get(locale);
  if (!format) euroFormats.set(locale, (format = new Intl.NumberFormat(INTL_LOCALE[locale], { style: "currency", currency: "EUR", maximumFractionDigits: 0 })));
  return format.format(amount);
}

/** "26.11.2026, 14:35" in Berlin time */
export function formatDateTime(iso: string | Date, locale: Locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, "dateTime", DATE_TIME).format(new Date(iso));
}

/** "Januar 2027" for YYYY-MM. */
export function formatMonth(month: string, locale: Locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, "month", MONTH).format(new Date(`${month}-01T00:00:00Z`));
}

/** "Freitag, 15. Januar 2027" for a calendar day. */
export function formatLongDay(day: string, locale: Locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, "longDay", LONG_DAY).format(new Date(`${day}T00:00:00Z`));
}
