import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { detectImageType } from "@/lib/media/detect";
import { fitLogo, MAX_LOGO_BYTES, variantHeight, variantWidths } from "@/lib/media/limits";
import { processLogo } from "@/lib/media/process";
import { logoFile } from "@/lib/media/schema";
import { isAppError } from "@/lib/errors";

const image = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 0, g: 90, b: 160, alpha: 1 } } });
const png = async (width: number, height: number) => new Uint8Array(await image(width, height).png().toBuffer());

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await processLogo(bytes);
  } catch (error) {
    if (isAppError(error) && error.code === "INVALID") return error.details.fieldErrors!.logo![0]!;
    throw error;
  }
  throw new Error("accepted");
}

describe("detectImageType", () => {
  it("reads PNG, JPEG and WebP by their bytes", async () => {
    expect(detectImageType(await png(64, 64))).toBe("png");
    expect(detectImageType(new Uint8Array(await image(64, 64).jpeg().toBuffer()))).toBe("jpeg");
    expect(detectImageType(new Uint8Array(await image(64, 64).webp().toBuffer()))).toBe("webp");
  });

  it("recognises SVG (with declaration, BOM, comment) and calls everything else unknown", () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(detectImageType(text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe("svg");
    expect(detectImageType(text("\uFEFF  <!-- logo --><svg></svg>"))).toBe("svg");
    expect(detectImageType(text("<SVG onload=alert(1)>"))).toBe("svg");
    expect(detectImageType(text("GIF89a...."))).toBe("unknown");
    expect(detectImageType(text("%PDF-1.7"))).toBe("unknown");
    expect(detectImageType(text("<html><body>"))).toBe("unknown");
    expect(detectImageType(new Uint8Array([0x89, 0x50]))).toBe("unknown");
  });
});

describe("variant sizes", () => {
  it("never upscales and keeps at least one variant", () => {
    expect(variantWidths(1000)).toEqual([96, 192, 384]);
    expect(variantWidths(384)).toEqual([96, 192, 384]);
    expect(variantWidths(200)).toEqual([96, 192]);
    expect(variantWidths(80)).toEqual([80]);
  });

  it("keeps the aspect ratio and fits a box without growing", () => {
    expect(variantHeight(96, { width: 400, height: 200 })).toBe(48);
    expect(fitLogo({ width: 400, height: 200 }, { width: 96, height: 64 })).toEqual({ width: 96, height: 48 });
    expect(fitLogo({ width: 100, height: 400 }, { width: 96, height: 64 })).toEqual({ width: 16, height: 64 });
    expect(fitLogo({ width: 70, height: 70 }, { width: 96, height: 64 })).toEqual({ width: 64, height: 64 });
  });
});

describe("processLogo", () => {
  it("makes WebP variants of 96/192/384 px with the aspect kept and a sha256 key", async () => {
    const bytes = await png(800, 400);
    const logo = await processLogo(bytes);
    expect([logo.width, logo.height]).toEqual([800, 400]);
    expect(logo.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(logo.variants.map((v) => [v.width, v.height])).toEqual([[96, 48], [192, 96], [384, 192]]);
    for (const variant of logo.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", variant.width, variant.height]);
    }
    expect((await processLogo(bytes)).hash).toBe(logo.hash);
  });

  it("strips EXIF and applies its orientation", async () => {
    // 200 × 100 stored, EXIF orientation 6 (rotate 90°): upright it is 100 × 200.
    const jpeg = new Uint8Array(
      await image(200, 100).jpeg().withMetadata({ orientation: 6, exif: { IFD0: { Copyright: "Geheim GmbH", Artist: "Max" } } }).toBuffer(),
    );
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const logo = await processLogo(jpeg);
    expect([logo.width, logo.height]).toEqual([100, 200]);
    const meta = await sharp(logo.variants[0]!.bytes).metadata();
    expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined]);
    expect([meta.width, meta.height]).toEqual([96, 192]);
  });

  it("refuses SVG, other types, too small and broken images with their own messages", async () => {
    expect(await refusal(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe("validation.logoSvg");
    expect(await refusal(new Uint8Array(await image(100, 100).gif().toBuffer()))).toBe("validation.logoType");
    expect(await refusal(await png(63, 200))).toBe("validation.logoTooSmall");
    expect(await refusal((await png(200, 200)).subarray(0, 60))).toBe("validation.logoUnreadable");
    expect(await refusal(new Uint8Array(0))).toBe("validation.logoRequired");
    expect(await refusal(new Uint8Array(MAX_LOGO_BYTES + 1))).toBe("validation.logoTooLarge");
  });

  it("accepts the smallest allowed size as one variant", async () => {
    const logo = await processLogo(await png(64, 64));
    expect(logo.variants.map((v) => v.width)).toEqual([64]);
  });
});

describe("logoFile schema", () => {
  it("requires a non-empty file of at most 2 MB", () => {
    expect(logoFile.safeParse("text").error?.issues[0]?.message).toBe("validation.logoRequired");
    expect(logoFile.safeParse(new File([], "leer.png")).error?.issues[0]?.message).toBe("validation.logoRequired");
    expect(logoFile.safeParse(new File([new Uint8Array(MAX_LOGO_BYTES + 1)], "gross.png")).error?.issues[0]?.message).toBe("validation.logoTooLarge");
    expect(logoFile.safeParse(new File([new Uint8Array(10)], "ok.png")).success).toBe(true);
  });
});
