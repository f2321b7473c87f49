import { getActor } from "@/lib/auth/session";
import { LOGO_HASH, variantKey } from "@/lib/media/keys";
import { variantWidths } from "@/lib/media/limits";
import { findServableLogo } from "@/lib/provider/logo-queries";
import { mediaStorage } from "@/lib/storage";

// /medien/<sha256>/<width>: one WebP variant of an uploaded logo. The key is content-addressed,
// so a public variant never changes and browsers and proxies may keep it for a year.
type Context = { params: Promise<{ key: string; width: string }> };

const notFound = () => new Response(null, { status: 404, headers: { "Cache-Control": "no-store" } });

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { key, width: widthParam } = await params;
  if (!LOGO_HASH.test(key) || !/^[1-9]\d{0,3}$/.test(widthParam)) return notFound();
  const width = Number(widthParam);

  const logo = await findServableLogo(key, getActor);
  if (!logo || !variantWidths(logo.width).includes(width)) return notFound();

  const etag = `"${key.slice(0, 32)}-${width}"`;
  const headers = {
    ETag: etag,
    // Not public: the editor's or the provider's own, so no shared cache keeps it.
    "Cache-Control": logo.isPublic ? "public, max-age=31536000, immutable" : "private, no-cache",
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const stored = await mediaStorage().get(variantKey(key, width));
  if (!stored) return notFound();
  return new Response(Buffer.from(stored.bytes), {
    headers: { ...headers, "Content-Type": stored.contentType, "Content-Length": String(stored.bytes.length) },
  });
}
