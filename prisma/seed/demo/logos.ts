import sharp from "sharp";
import type { Db } from "@/lib/db/client";
import { processLogo } from "@/lib/media/process";
import { storeLogo } from "@/lib/media/store";

// Demo logos, drawn here from SVG text (no downloaded images): a coloured tile with the initials.
// They go through the same processing and storage as an upload (MEDIA_STORAGE), so the demo shows
// the real variants. The other demo providers stay without a logo, as most will in practice.
const DEMO_LOGOS: { slug: string; initials: string; colour: string; shape: "wide" | "square" }[] = [
  { slug: "moselbyte-digital", initials: "MB", colour: "#0b5394", shape: "wide" },
  { slug: "porta-data-analytics", initials: "PD", colour: "#7a3b00", shape: "square" },
  { slug: "treveris-secure-it", initials: "TS", colour: "#1d5e20", shape: "wide" },
  { slug: "saarburger-webmanufaktur", initials: "SW", colour: "#6a1b9a", shape: "square" },
];

function drawLogo(initials: string, colour: string, shape: "wide" | "square"): Promise<Buffer> {
  const [width, height] = shape === "wide" ? [480, 240] : [320, 320];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <rect width="${width}" height="${height}" rx="28" fill="${colour}"/>
  <circle cx="${width - 40}" cy="40" r="18" fill="#ffffff" fill-opacity="0.35"/>
  <text x="${width / 2}" y="${height / 2 + 38}" font-family="DejaVu Sans, sans-serif" font-size="110" font-weight="700" fill="#ffffff" text-anchor="middle">${initials}</text>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export async function seedProviderLogos(db: Db) {
  for (const { slug, initials, colour, shape } of DEMO_LOGOS) {
    const logo = await processLogo(new Uint8Array(await drawLogo(initials, colour, shape)));
    await storeLogo(logo);
    // updateMany: a provider the demo data no longer has is skipped, not an error.
    await db.provider.updateMany({ where: { slug }, data: { logoKey: logo.hash, logoWidth: logo.width, logoHeight: logo.height } });
  }
}

export const DEMO_LOGO_SLUGS = DEMO_LOGOS.map((logo) => logo.slug);
