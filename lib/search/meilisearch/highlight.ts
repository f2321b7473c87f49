import { MARK_END, MARK_START, markedToHtml } from "@/lib/search/highlight";

// The same marker scheme as the PostgreSQL engine (lib/search/highlight.ts): Meilisearch wraps
// matches in private-use characters that toMeiliDocument strips from every document, so after
// HTML-escaping the whole text, the only markup is the <mark> put where the markers were.

export { escapeHtml, stripMarkers } from "@/lib/search/highlight";

export const HIGHLIGHT_PRE = MARK_START;
export const HIGHLIGHT_POST = MARK_END;

/** A hit's `_formatted` text (or the plain text without one) as escaped HTML with <mark>. */
export function renderHighlight(formatted: string | undefined, fallback: string): string {
  return markedToHtml(typeof formatted === "string" ? formatted : fallback);
}
