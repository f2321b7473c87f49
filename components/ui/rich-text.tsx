import { isRichText, sanitizeRichText } from "@/lib/rich-text/sanitize";
import { Paragraphs } from "./paragraphs";

// Styles for the safe subset (lib/rich-text/sanitize.ts); there is no typography plugin.
const RICH_TEXT_STYLES =
  "space-y-3 [&_a]:underline [&_h3]:mt-4 [&_h3]:text-lg [&_h3]:font-bold [&_h4]:mt-3 [&_h4]:font-bold " +
  "[&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6";

/**
 * Stored rich text, sanitized again at render (defence in depth: rows written before the
 * sanitizer existed, or by SQL, pass through it too). Older plain text renders as before.
 */
export function RichText({ text, className = "" }: { text: string; className?: string }) {
  if (!isRichText(text)) return <Paragraphs text={text} className={className} />;
  // The HTML comes out of sanitizeRichText: only the allowed tags and safe link targets remain.
  return <div className={`${RICH_TEXT_STYLES} ${className}`} dangerouslySetInnerHTML={{ __html: sanitizeRichText(text) }} />;
}
