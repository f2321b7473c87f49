// Styles for the safe subset (lib/rich-text/sanitize.ts); there is no typography plugin. Shared by
// the public rendering and the editor's editable area, so editing looks like the result.
export const RICH_TEXT_STYLES =
  "space-y-3 [&_a]:underline [&_h3]:mt-4 [&_h3]:text-lg [&_h3]:font-bold [&_h4]:mt-3 [&_h4]:font-bold " +
  "[&_ol]:list-decimal [&_ol]:space-y-1 [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:space-y-1 [&_ul]:pl-6";
