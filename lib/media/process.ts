import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import { detectImageType } from "./detect";
import { MAX_LOGO_BYTES, MAX_LOGO_INPUT_PIXELS, MIN_LOGO_PIXELS, variantWidths } from "./limits";

export interface LogoVariant {
  width: number;
  height: number;
  bytes: Uint8Array;
}

export interface ProcessedLogo {
  /** sha256 of the upload: the variants' key prefix */
  hash: string;
  /** intrinsic size after applying the EXIF orientation */
  width: number;
  height: number;
  variants: LogoVariant[];
}

/** A refusal shown next to the form's file field ("logo"); the key is in messages/de/editor.json. */
const refuse = (message: string, detail: string) => new AppError("INVALID", detail, { fieldErrors: { logo: [message] } });

/**
 * Checks an uploaded logo and makes its WebP variants. PNG, JPEG and WebP only (by their bytes);
 * the variants carry no metadata (sharp keeps none unless asked: EXIF, GPS, ICC comments are gone)
 * and are turned upright by the EXIF orientation first.
 */
export async function processLogo(bytes: Uint8Array): Promise<ProcessedLogo> {
  if (bytes.length === 0) throw refuse("validation.logoRequired", "empty upload");
  if (bytes.length > MAX_LOGO_BYTES) throw refuse("validation.logoTooLarge", `upload of ${bytes.length} bytes`);
  const type = detectImageType(bytes);
  if (type === "svg") throw refuse("validation.logoSvg", "svg upload");
  if (type === "unknown") throw refuse("validation.logoType", "not png/jpeg/webp");

  const input = () => sharp(bytes, { autoOrient: true, limitInputPixels: MAX_LOGO_INPUT_PIXELS, failOn: "error" });
  let size: { width: number; height: number };
  try {
    const meta = await input().metadata();
    size = meta.autoOrient;
  } catch {
    // A truncated file or one above the pixel limit: the bytes began like an image but are none we read.
    throw refuse("validation.logoUnreadable", `unreadable ${type}`);
  }
  if (size.width < MIN_LOGO_PIXELS || size.height < MIN_LOGO_PIXELS) throw refuse("validation.logoTooSmall", `${size.width}x${size.height}`);

  const variants: LogoVariant[] = [];
  for (const width of variantWidths(size.width)) {
    try {
      const { data, info } = await input().resize({ width }).webp({ quality: 85, alphaQuality: 90 }).toBuffer({ resolveWithObject: true });
      variants.push({ width: info.width, height: info.height, bytes: new Uint8Array(data) });
    } catch {
      throw refuse("validation.logoUnreadable", `cannot convert ${type}`);
    }
  }
  return { hash: createHash("sha256").update(bytes).digest("hex"), width: size.width, height: size.height, variants };
}
