import "server-only";
import sanitizeHtml from "sanitize-html";

// PROVISIONAL until lib/rich-text/sanitize.ts (programme helper) is on main: then this file only
// re-exports it. The allowed subset: paragraphs, line breaks, emphasis, lists and http(s)/mailto
// links; scripts, event handlers, styles and javascript: URLs are removed.
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "a"],
    allowedAttributes: { a: ["href"] },
    allowedSchemes: ["http", "https", "mailto"],
    disallowedTagsMode: "discard",
  }).trim();
}
