// The one button system: every <button>, submit and link styled as a button takes its classes from
// here, so a primary action has the same colour on every page. The classes are defined once in
// app/globals.css (.btn …, colours from @theme): short names, because buttons repeat on every page
// and every class string is sent in the HTML and again in the flight payload.
export type ButtonVariant = "primary" | "secondary" | "danger" | "link";
export type ButtonSize = "md" | "sm" | "field";

export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md"): string {
  return `btn btn-${size} btn-${variant}`;
}
