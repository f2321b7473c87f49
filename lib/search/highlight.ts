// Highlights arrive from the database as plain text with private-use marker characters around the
// matches (ts_headline StartSel/StopSel). Documents never contain those characters (the engine
// strips them on indexing), so after HTML-escaping everything, the only markup on the page is the
// <mark> we put where the markers were. No HTML from the database reaches the page unescaped.

export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

const MARKERS = /[\uE000\uE001]/g;

export function stripMarkers(text: string): string {
  return text.replace(MARKERS, "");
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Escaped HTML with <mark> around marked spans; stray or unbalanced markers never leave an open tag. */
export function markedToHtml(marked: string): string {
  let html = "";
  let open = false;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === MARK_START) {
      if (!open) html += "<mark>";
      open = true;
    } else if (part === MARK_END) {
      if (open) html += "</mark>";
      open = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return open ? `${html}</mark>` : html;
}
