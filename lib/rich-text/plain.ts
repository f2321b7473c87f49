// One of the rich-text tags, closed at once ("<p>", "<br/>") or followed by attributes and a ">"
// somewhere later. Every regular expression here consumes at most a constant prefix or stops
// at the next "<", so no position is scanned twice: the earlier single pattern
// /<(?:p|…)(?:\s[^>]*)?\/?>/ rescanned to the end of the text from every "<p " (quadratic).
const TAG_OPENING = /<\/?(?:p|br|strong|em|b|i|ul|ol|li|a|h[1-6])(\/?>|\s)/i;

/** True when the stored text is HTML (rich text) rather than older plain text. */
export function isRichText(text: string | null | undefined): boolean {
  const opening = text ? TAG_OPENING.exec(text) : null;
  if (!text || !opening) return false;
  // With attributes, the first opening decides: a ">" after it closes it (or a later tag).
  return opening[1]!.endsWith(">") || text.indexOf(">", opening.index) !== -1;
}

// Rich text as readable plain text (conflict tables, diffs): block ends become line breaks,
// list items get a dash, tags go, the few entities the sanitizer writes are decoded. Tag patterns
// stop at the next "<" ([^<>]*, never [^>]*): stored HTML has no "<" inside a tag (the sanitizer
// escapes attribute values), and a text of many "<" without ">" is then scanned once, not
// once per "<".
export function richTextToPlain(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li\b[^<>]*>/gi, "- ")
    .replace(/<\/(p|li|h3|h4|ul|ol)>/gi, "\n")
    .replace(/<[^<>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

export function toParagraphs(text: string, line: (s: string) => string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${paragraph.split("\n").map((l) => line(l.trim())).join("<br />")}</p>`)
    .join("\n");
}

// Here rather than in sanitize.ts, which imports sanitize-html: the rich-text editor loads older
// plain text with it and should not ship the sanitizer in its bundle.
/** Plain text as HTML: a blank line starts a new paragraph, a single line break becomes <br>. */
export const plainTextToHtml = (text: string): string => toParagraphs(text, escapeHtml);
