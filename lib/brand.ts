// The theme colour browsers paint their toolbar with; the same value as --color-brand-900 in
// app/globals.css (CSS tokens cannot be read from TypeScript at build time).
export const BRAND_COLOR = "#0b2a4a";
