// What an upload really is, read from its first bytes: a file name or the browser's Content-Type
// is whatever the client says. SVG is recognised only to refuse it with its own message (it can
// carry scripts and is not drawn by our raster pipeline).

export type DetectedImage = "png" | "jpeg" | "webp" | "svg" | "unknown";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function detectImageType(bytes: Uint8Array): DetectedImage {
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "webp";
  if (looksLikeSvg(bytes)) return "svg";
  return "unknown";
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  // Text after an optional BOM and whitespace, beginning with an XML declaration, a comment, a
  // doctype or the svg element itself, and naming <svg early on.
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, "").trimStart().toLowerCase();
  return /^<(\?xml|!--|!doctype svg|svg)/.test(head) && head.includes("<svg");
}
