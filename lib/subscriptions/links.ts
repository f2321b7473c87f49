import { acceptedParams, pairsToQuery, type ListSchema } from "@/lib/listing/canonical";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/config";
import { parseQuery, type RawSearchParams } from "@/lib/listing/params";
import { LANG_PARAM } from "@/lib/open-data/language";

// The addresses of what visitors can subscribe to. A filtered list's calendar file and feed take
// exactly the filter parameters of the programme list (facets and the text words q; sort and page
// mean nothing there), in canonical order so equal filters give equal URLs.

export const FRISTEN_PATH = "/fristen";
export const DEADLINES_ICS_PATH = "/fristen/kalender.ics";
export const PROGRAMMES_ATOM_PATH = "/foerderprogramme/feed.atom";

export function programmeIcsPath(slug: string): string {
  return `/foerderprogramme/${slug}/kalender.ics`;
}

/** "?foerderart=zuschuss&q=…" or "": the filters of `raw` that the list accepts. */
export function filterQuery(raw: RawSearchParams, schema: ListSchema): string {
  const pairs = acceptedParams(raw, schema).filter(([key]) => key !== "sortierung" && key !== "seite");
  const q = parseQuery(raw);
  if (q) pairs.push(["q", q]);
  return pairsToQuery(pairs);
}

/** An absolute URL on the portal's public address. */
export function absoluteUrl(siteUrl: string, pathAndQuery: string): string {
  return new URL(pathAndQuery, siteUrl).toString();
}

/** The same address as webcal:, which calendar apps open as a subscription. */
export function webcalUrl(siteUrl: string, pathAndQuery: string): string {
  return absoluteUrl(siteUrl, pathAndQuery).replace(/^https?:/, "webcal:");
}

export function siteHost(siteUrl: string): string {
  return new URL(siteUrl).hostname;
}

/** A route handler's query as a page's searchParams. */
export function rawParamsOf(params: URLSearchParams): RawSearchParams {
  const raw: Record<string, string[]> = {};
  for (const [key, value] of params) (raw[key] ??= []).push(value);
  return raw;
}

/** A feed's or calendar file's address for readers of `locale`: German ones stay as they were. */
export function withSubscriptionLocale(pathAndQuery: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return pathAndQuery;
  const [path, query = ""] = pathAndQuery.split("?", 2);
  const params = new URLSearchParams(query);
  params.set(LANG_PARAM, locale);
  return `${path}?${params}`;
}
