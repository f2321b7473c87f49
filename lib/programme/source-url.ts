// A programme's source must be the programme's own page: a funding body's start page makes the
// reader search for the programme again and hides when the programme's page changes. The editor
// warns (it does not refuse: some small bodies really publish a programme only on their start
// page); the demo data's validator refuses.

/** Paths that are a site's start page as well, e.g. https://www.bafa.de/de/ or …/index.html. */
const HOME_PATHS = /^\/(?:(?:de|en)\/?)?(?:(?:index|home|start|startseite)(?:\.(?:html?|php|aspx?|jsp))?\/?)?$/i;

/**
 * The host name when `url` points at a site's start page (path empty or "/", or a plain language
 * or index page, and no query), else null. Anything that is not an http(s) URL is left to the
 * schema's URL check and gives null here.
 */
export function bareDomainHost(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  // A query usually names the page (…/index.php?id=4711): then it is not the start page.
  if (parsed.search !== "") return null;
  return HOME_PATHS.test(parsed.pathname) ? parsed.hostname : null;
}
