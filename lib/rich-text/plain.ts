const TAG_PATTERN = /<\/?(?:p|br|strong|em|b|i|ul|ol|li|a|h[1-6])(?:\s[^>]*)?\/?>/i;

/** True when the stored text is HTML (rich text) rather than older plain text. */
export function isRichText(text: string | null | undefined): boolean {
  return !!text && TAG_PATTERN.test(text);
}

// Rich text as readable plain text (conflict tables, diffs): block ends become line breaks,
// list items get a dash, tags go, the few entities the sanitizer writes are decoded.
export function richTextToPlain(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<li[^>]*>/gi, "- ")
    .replace(/<\/(p|li|h3|h4|ul|ol)>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
