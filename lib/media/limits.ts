// The rules for uploaded logos, shared by the upload schema, the processing and the display.

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
/** Smaller images look blurred on a card; refuse them instead of upscaling. */
export const MIN_LOGO_PIXELS = 64;
/** Decompression bombs: a 2 MB PNG can claim 50 000 × 50 000 pixels. */
export const MAX_LOGO_INPUT_PIXELS = 40_000_000;
/** The widths of the stored WebP variants: 1×, 2× and 4× the card's 96 px. */
export const LOGO_WIDTHS = [96, 192, 384] as const;

/** The variant widths an image of this intrinsic width gets: never upscaled, at least one. */
export function variantWidths(intrinsicWidth: number): number[] {
  const widths = LOGO_WIDTHS.filter((width) => width <= intrinsicWidth);
  return widths.length > 0 ? widths : [intrinsicWidth];
}

/** The height of a variant of this width, the aspect ratio kept (as sharp rounds it). */
export function variantHeight(width: number, intrinsic: { width: number; height: number }): number {
  return Math.max(1, Math.round((intrinsic.height * width) / intrinsic.width));
}

/**
 * The size a logo is drawn at inside a box, the aspect ratio kept and never larger than the image:
 * the img element's width and height attributes, so the browser reserves the space before loading.
 */
export function fitLogo(intrinsic: { width: number; height: number }, box: { width: number; height: number }) {
  const scale = Math.min(1, box.width / intrinsic.width, box.height / intrinsic.height);
  return { width: Math.max(1, Math.round(intrinsic.width * scale)), height: Math.max(1, Math.round(intrinsic.height * scale)) };
}
