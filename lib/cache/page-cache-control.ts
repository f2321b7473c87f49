import { NONCE_AREAS } from "../security/content-security-policy";

// The portal caches pages itself (Redis or the instance's LRU), and edits and status changes at
// midnight expire them exactly (docs/architecture.md, "Caching and freshness"). Next would send its
// ISR header instead (s-maxage=…, stale-while-revalidate=…), which invites a CDN or proxy in front
// to serve a page for minutes after an edit or a deadline, and a stale copy once more after that:
// a closed programme as open. "no-cache" lets every cache keep a page but ask the instance each
// time; an unchanged page then costs a 304 (Next's ETag), not a download.
//
// Pure: no Next, no Node imports, so next.config.ts and the unit tests share it.
export const PAGE_CACHE_CONTROL = "no-cache";

/**
 * The path pattern (path-to-regexp, as next.config.ts `headers()` takes it) for every public page:
 * Next keeps a Cache-Control set there instead of its own. Not for the areas rendered per request
 * (NONCE_AREAS: Next's private, no-store stays), nor for what route handlers answer with their own
 * caching (/api/…, /medien/…, and every file-like address: feeds, calendar files, sitemaps,
 * downloads, icons), nor for Next's assets.
 */
export function pageCacheControlSource(): string {
  const areas = NONCE_AREAS.map((area) => area.slice(1)).join("|");
  return `/:path((?!(?:(?:de|fr|en)/)?(?:${areas})(?:/|$))(?!(?:api|medien|_next)(?:/|$))(?!.*\\.[A-Za-z0-9]+$).*)`;
}
