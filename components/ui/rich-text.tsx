import { isRichText, sanitizeRichText } from "@/lib/rich-text/sanitize";
import { Paragraphs } from "./paragraphs";
import { RICH_TEXT_STYLES } from "./rich-text-styles";

/**
 * Stored rich text, sanitized again at render (defence in depth: rows written before the
 * sanitizer existed, or by SQL, pass through it too). Older plain text renders as before.
 */
/** `lang`: the text's language where it is not the page's (German on a French page). */
export function RichText({ text, className = "", lang }: { text: string; className?: string; lang?: string }) {
  if (!isRichText(text)) return <Paragraphs text={text} className={className} lang={lang} />;
  // The HTML comes out of sanitizeRichText: only the allowed tags and safe link targets remain.
  return <div className={`${RICH_TEXT_STYLES} ${className}`} lang={lang} dangerouslySetInnerHTML={{ __html: sanitizeRichText(text) }} />;
}
