import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./config";

// Pure helpers shared by proxy.ts, the language switch and its tests (no Next imports, so the
// switch can use them in the browser). German pages have no prefix; app/[locale] holds every
// page, and proxy.ts rewrites an unprefixed path to /de/… internally.

/** Signed-in areas and their sign-in pages: German only, /fr/… and /en/… redirect to them. */
export const GERMAN_ONLY_AREAS = ["/redaktion", "/konto", "/mein-profil", "/anmelden", "/einladung", "/passwort-neu", "/passwort-vergessen"];

/** Route handlers and files outside app/[locale]: never rewritten to a locale. */
const OUTSIDE_LOCALES = ["/api", "/medien", "/sitemaps", "/_next"];

const within = (path: string, area: string) => path === area || path.startsWith(`${area}/`);

export function isGermanOnly(path: string): boolean {
  return GERMAN_ONLY_AREAS.some((area) => within(path, area));
}

/** Whether the page lives under app/[locale]: not a route handler, not a file (feed.xml, icon.svg). */
export function isLocaleRouted(path: string): boolean {
  if (OUTSIDE_LOCALES.some((area) => within(path, area))) return false;
  return !path.slice(path.lastIndexOf("/") + 1).includes(".");
}

/** The locale prefix of a visible path (null without one) and the path without it. */
export function splitLocale(pathname: string): { prefix: Locale | null; path: string } {
  const first = pathname.split("/")[1];
  if (!isLocale(first)) return { prefix: null, path: pathname };
  return { prefix: first, path: pathname.slice(first.length + 1) || "/" };
}

/** The visible address of `path` (with its query) in `locale`: German without a prefix. */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  // Files, route handlers and the German-only areas have one address for every reader.
  const bare = path.split(/[?#]/)[0] || "/";
  if (!isLocaleRouted(bare) || isGermanOnly(bare)) return path;
  return path === "/" || path.startsWith("/?") ? `/${locale}${path.slice(1)}` : `/${locale}${path}`;
}

// The cached list and search routes proxy.ts rewrites to: <path>/ansicht/<key>, <path>/treffer/<key>.
const KEY_ROUTES = new Set(["ansicht", "treffer"]);
const KEY = /^[A-Za-z0-9_-]{1,2000}$/;

function decodeKey(key: string): string {
  if (key === "alle" || !KEY.test(key)) return "";
  const binary = atob(key.replace(/-/g, "+").replace(/_/g, "/"));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/**
 * The visible path and query of a page from its route segments below app/[locale] (route groups
 * included, as useSelectedLayoutSegments gives them): a cached list view's key becomes the query
 * again (lib/listing/canonical.ts encodes it), so a switch keeps the filters.
 */
export function visiblePath(segments: readonly string[]): string {
  const parts = segments.filter((s) => !s.startsWith("(") && s !== "");
  const route = parts.at(-2);
  if (route !== undefined && KEY_ROUTES.has(route) && parts.length >= 3) {
    const query = decodeKey(parts.at(-1)!);
    return `/${parts.slice(0, -2).join("/")}${query ? `?${query}` : ""}`;
  }
  return `/${parts.join("/")}`;
}

/** hreflang → absolute address of the same page in every locale, x-default being German. */
export function alternateUrls(siteUrl: string, path: string): Record<Locale | "x-default", string> {
  const base = siteUrl.replace(/\/$/, "");
  const entries = LOCALES.map((locale) => [locale, `${base}${localizedPath(locale, path)}`] as const);
  return { ...Object.fromEntries(entries), "x-default": `${base}${path}` } as Record<Locale | "x-default", string>;
}
