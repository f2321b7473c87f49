// Link targets the rich-text editor accepts: the sanitizer (sanitize.ts) keeps exactly these
// schemes, so the editor refuses anything else up front instead of letting the save drop it.
// No imports: this runs in the browser bundle of the editor.
export const LINK_PROTOCOLS = ["http:", "https:", "mailto:"] as const;

const BARE_EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const BARE_WWW = /^www\.[^\s/]+\.[^\s]+$/i;

/**
 * The link target as it will be stored, or null when it is not an absolute http(s) or mailto
 * address. Two everyday shorthands are completed: "name@example.de" → mailto:, "www.…" → https://.
 */
export function normalizeLinkTarget(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? "";
  if (!text || /\s/.test(text)) return null;
  const candidate = BARE_EMAIL.test(text) ? `mailto:${text}` : BARE_WWW.test(text) ? `https://${text}` : text;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (!(LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return null;
  if (url.protocol === "mailto:") return url.pathname.includes("@") ? url.href : null;
  // "https:foo" parses with a host too; a real address names one with a dot (or localhost-free).
  return url.hostname.includes(".") && /^https?:\/\//i.test(candidate) ? url.href : null;
}
