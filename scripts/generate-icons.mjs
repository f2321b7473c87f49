// node scripts/generate-icons.mjs — renders the raster icons from public/icon.svg and writes them
// into public/ (they are committed; run this again only after changing the mark).
//
// Rasterising SVG needs rsvg-convert (Debian: apt-get install librsvg2-bin); the ICO container is
// packed here with Node built-ins: since Windows Vista an ICO entry may hold a PNG as it is, so
// each size is a rendered PNG behind a 6-byte header and a 16-byte directory entry.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const publicDir = fileURLToPath(new URL("../public/", import.meta.url));
const roundedSvg = readFileSync(`${publicDir}icon.svg`, "utf8");
// Home screens round or mask the corners themselves and fill transparent ones with black, so their
// icons get the square without rounded corners.
const squareSvg = roundedSvg.replace('rx="12"', 'rx="0"');
if (squareSvg === roundedSvg) throw new Error('public/icon.svg has no rx="12" square to straighten');

function renderPng(size, svg = roundedSvg) {
  return execFileSync("rsvg-convert", ["--width", String(size), "--height", String(size), "--format", "png"], {
    input: svg,
    maxBuffer: 16 * 1024 * 1024,
  });
}

function packIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + images.length * 16;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

const outputs = {
  "apple-touch-icon.png": renderPng(180, squareSvg),
  "icon-192.png": renderPng(192, squareSvg),
  "icon-512.png": renderPng(512, squareSvg),
  "favicon.ico": packIco([16, 32, 48].map((size) => ({ size, png: renderPng(size) }))),
};
for (const [name, data] of Object.entries(outputs)) {
  writeFileSync(`${publicDir}${name}`, data);
  console.log(`public/${name}: ${data.length} bytes`);
}
// Guard against a renderer that silently produced nothing usable.
const signature = readFileSync(`${publicDir}apple-touch-icon.png`).subarray(1, 4).toString("latin1");
if (signature !== "PNG") throw new Error("rsvg-convert did not write a PNG");
