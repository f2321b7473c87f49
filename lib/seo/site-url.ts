import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/routing";
import { absoluteUrl } from "@/lib/subscriptions/links";

/**
 * The public address of a path. Structured data, sitemaps and robots.txt need absolute URLs, and
 * behind a reverse proxy the request's own host is not the public one: SITE_URL is.
 */
export function publicUrl(path: string): string {
  return absoluteUrl(env.SITE_URL, path);
}

/** The public address of a page in the reader's language (feeds, calendar files, structured data). */
export function localizedPublicUrl(path: string, locale: Locale): string {
  return publicUrl(localizedPath(locale, path));
}

/**
 * A detail page as its structured data names it: `id` is the entry's one identity (the German,
 * unprefixed address, the same in every language), `url` the page in the reader's language.
 */
export type PageAddress = { id: string; url: string; locale: Locale };

export function pageAddress(path: string, locale: Locale): PageAddress {
  return { id: publicUrl(path), url: localizedPublicUrl(path, locale), locale };
}
