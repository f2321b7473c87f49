import { bodyLimitFor, formatLimit } from "./body-limits";
import { refusal, type RefusalReason } from "./refusal";

// Refusals that must happen before Next handles a request, because Next itself would answer them
// with a 500: a body beyond serverActions.bodySizeLimit, a server action posted from a foreign
// Origin, an address whose percent-encoding does not decode. proxy.ts calls guardRequest first.

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

type GuardedRequest = { method: string; url: string; headers: Headers; nextUrl: { pathname: string } };

export function guardRequest(request: GuardedRequest): Response | null {
  const { pathname } = request.nextUrl;
  if (!decodes(pathname) || !queryDecodes(request.url)) return refusal("badRequest", 400, pathname);
  if (!BODY_METHODS.has(request.method)) return null;
  if (isForeignOrigin(request.headers)) return refusal("foreignOrigin", 403, pathname);
  return bodySizeRefusal(request.headers, pathname);
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Escapes in the query that are not UTF-8 (%FF, a Latin-1 "%FC") would reach the pages and the API
 * as U+FFFD, a search for nothing that matches everything. A lone "%" ("50%" typed into the address
 * bar) is no escape and passes, as URLSearchParams reads it.
 */
function queryDecodes(url: string): boolean {
  const start = url.indexOf("?");
  if (start < 0) return true;
  const end = url.indexOf("#", start);
  return decodes(url.slice(start + 1, end < 0 ? undefined : end).replace(/%(?![0-9A-Fa-f]{2})/g, "%25"));
}

/**
 * Browsers send Origin with every POST. One that names another site (or "null", from sandboxed
 * frames and data: URLs) is cross-site; the host is compared as Next's own action check does
 * (X-Forwarded-Host from the reverse proxy, else Host). A request without Origin is left to Next.
 */
function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  return !host || originHost !== host;
}

/**
 * Content-Length above the path's limit → 413. A body without a length (chunked) could be of any
 * size and no browser form sends one, so it is refused with 411 instead of being read to find out.
 */
function bodySizeRefusal(headers: Headers, pathname: string): Response | null {
  const limit = bodyLimitFor(pathname);
  const length = headers.get("content-length");
  if (length === null) {
    return headers.has("transfer-encoding") ? refusal("lengthRequired", 411, pathname) : null;
  }
  const bytes = /^\d{1,15}$/.test(length.trim()) ? Number(length.trim()) : Number.NaN;
  if (Number.isNaN(bytes)) return refusal("badRequest", 400, pathname);
  return bytes > limit ? refusal("tooLarge", 413, pathname, { limit: formatLimit(limit) }) : null;
}

export type { RefusalReason };
