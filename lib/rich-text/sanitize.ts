import sanitizeHtml from "sanitize-html";
import { plainTextToHtml, toParagraphs } from "./plain";

// The safe subset of rich text editors may store: paragraphs, emphasis, lists, links, two
// heading levels below the page's h2 sections. Everything else is removed (its text kept),
// script/style content is dropped entirely, and links may only go to http(s) or mailto.
export const ALLOWED_TAGS = ["p", "br", "strong", "em", "ul", "ol", "li", "a", "h3", "h4"] as const;

// Anything that looks like markup at all (used to decide between plain text and HTML input):
// a tag start with a ">" somewhere after it. Written as two linear scans, because the single
// pattern /<\/?[a-z!][^>]*>/ rescans to the end of the text from every "<a" and so took
// quadratic time on text full of "<" without ">" (e.g. 10,000 × "<p ").
const TAG_START = /<\/?[a-z!]/i;
function looksLikeMarkup(text: string): boolean {
  const start = text.search(TAG_START);
  return start !== -1 && text.indexOf(">", start) !== -1;
}

export { isRichText, plainTextToHtml } from "./plain";

/** Only absolute http(s) and mailto links survive; the URL parser also undoes tab/entity tricks. */
export function safeHref(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return ["http:", "https:", "mailto:"].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ALLOWED_TAGS],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  // Their content is code or form state, never readable text.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template", "title", "svg", "math"],
  transformTags: {
    b: "strong",
    i: "em",
    h1: "h3",
    h2: "h3",
    h5: "h4",
    h6: "h4",
    a: (_tagName, attribs): sanitizeHtml.Tag => {
      const href = safeHref(attribs.href);
      // A link without a safe target loses it: an <a> without href is plain, unfocusable text.
      // (Renaming the tag instead confuses sanitize-html's closing-tag bookkeeping.)
      if (!href) return { tagName: "a", attribs: {} };
      if (href.startsWith("mailto:")) return { tagName: "a", attribs: { href } };
      return { tagName: "a", attribs: { href, rel: "noopener noreferrer" } };
    },
  },
};

const BLOCK_PATTERN = /<\/?(?:p|ul|ol|li|h[1-6]|div|table|blockquote)\b/i;

/**
 * Rich text as stored: plain text becomes paragraphs, HTML is reduced to the safe subset.
 * Idempotent, so it runs on save and again at render time.
 */
export function sanitizeRichText(input: string): string {
  // Browsers send textarea line breaks as CRLF; stored text uses LF so an unchanged save is no change.
  const text = input.replace(/\r\n?/g, "\n").trim();
  if (!text) return "";
  if (!looksLikeMarkup(text)) return plainTextToHtml(text);
  // Inline markup only (e.g. "<strong>Neu:</strong> …" typed into the box): line breaks still count.
  const html = BLOCK_PATTERN.test(text) ? text : toParagraphs(text, (l) => l);
  return sanitizeHtml(html, OPTIONS).trim();
}

export function sanitizeOptionalRichText(input: string | null | undefined): string | null {
  if (input === null || input === undefined) return null;
  return sanitizeRichText(input) || null;
}
