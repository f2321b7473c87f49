// Meilisearch wraps matches in tags we choose. Private-use characters serve as markers: they
// cannot come from the documents (toMeiliDocument strips them), so after HTML-escaping the whole
// text, the only markup is the <mark> we put where the markers were.

export const HIGHLIGHT_PRE = "\uE000";
export const HIGHLIGHT_POST = "\uE001";

const MARKERS = /[\uE000\uE001]/g;

export function stripMarkers(text: string): string {
  return text.replace(MARKERS, "");
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Escaped HTML with <mark> around the marked spans. Unbalanced markers (never expected) are
 * dropped rather than left as an open tag.
 */
export function renderHighlight(formatted: string | undefined, fallback: string): string {
  const text = typeof formatted === "string" ? formatted : fallback;
  let html = "";
  let open = false;
  for (const part of text.split(/([\uE000\uE001])/)) {
    if (part === HIGHLIGHT_PRE) {
      if (!open) html += "<mark>";
      open = true;
    } else if (part === HIGHLIGHT_POST) {
      if (open) html += "</mark>";
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}
