// The one button system: every <button>, submit and link styled as a button takes its classes from
// here, so a primary action has the same colour on every page (colours: @theme in app/globals.css).
export type ButtonVariant = "primary" | "secondary" | "danger" | "link";
export type ButtonSize = "md" | "sm" | "field";

// Utilities outrank the base layer's focus style, so the focus state is restated here: the yellow
// focus background with dark text stays visible whatever the variant's colours are.
const BASE =
  "inline-flex items-center justify-center border-2 font-bold no-underline disabled:opacity-70 " +
  "focus-visible:border-ink focus-visible:bg-focus focus-visible:text-ink focus-visible:no-underline";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "border-primary bg-primary text-white shadow-[0_2px_0_var(--color-ink)] hover:border-primary-hover hover:bg-primary-hover hover:text-white",
  secondary: "border-ink bg-white text-ink shadow-[0_2px_0_var(--color-ink)] hover:bg-brand-50 hover:text-ink",
  danger: "border-danger bg-danger text-white shadow-[0_2px_0_var(--color-ink)] hover:border-danger-hover hover:bg-danger-hover hover:text-white",
  link: "border-transparent bg-transparent px-0! font-semibold text-brand-700 underline underline-offset-[0.15em] hover:text-brand-900 hover:decoration-[3px]",
};

const SIZES: Record<ButtonSize, string> = {
  md: "px-4 py-2",
  sm: "px-3 py-1",
  // Beside a 44 px text field (the search boxes): same height, no gap.
  field: "h-11 shrink-0 px-4",
};

export function buttonClass(variant: ButtonVariant = "primary", size: ButtonSize = "md"): string {
  return `${BASE} ${VARIANTS[variant]} ${SIZES[size]}`;
}
