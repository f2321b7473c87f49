import { createHash } from "node:crypto";
import { problemResponse, type ProblemExtensions } from "@/lib/api/problem";

// HTTP of the open data API: validators (ETag, Last-Modified) with 304 answers, CORS for GET from
// any origin (the data is public and no request carries credentials) and the problem documents.

/** Clients and proxies may reuse an answer for a minute, then revalidate it cheaply (304). */
export const CACHE_CONTROL = "public, max-age=60";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link, Retry-After, RateLimit-Limit, RateLimit-Remaining",
} as const;

/** Answer to a CORS preflight: only the headers a conditional GET needs. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
      "Access-Control-Max-Age": "86400",
    },
  });
}

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** RFC 9110 §13.1.2: weak comparison, any listed tag or "*". */
function matchesEtag(header: string, etag: string): boolean {
  return header.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value.replace(/^W\//, "") === etag;
  });
}

/** RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since counts only without it, to the second. */
export function isNotModified(request: Request, etag: string, lastModified: Date): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return matchesEtag(ifNoneMatch, etag);
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export interface JsonAnswer {
  /** serialized as JSON, unless `file` gives the text itself */
  body: unknown;
  file?: { text: string; contentType: string; fileName: string };
  lastModified: Date;
  /** e.g. a Link header to the next page */
  headers?: Record<string, string>;
}

export function jsonResponse(request: Request, answer: JsonAnswer, extra: Record<string, string>): Response {
  const text = answer.file?.text ?? JSON.stringify(answer.body);
  const etag = etagOf(text);
  const headers = {
    ...CORS_HEADERS,
    ...extra,
    ...answer.headers,
    ETag: etag,
    "Last-Modified": answer.lastModified.toUTCString(),
    "Cache-Control": CACHE_CONTROL,
  };
  if (isNotModified(request, etag, answer.lastModified)) return new Response(null, { status: 304, headers });
  const type: Record<string, string> = answer.file
    ? { "Content-Type": answer.file.contentType, "Content-Disposition": `inline; filename="${answer.file.fileName}"` }
    : { "Content-Type": "application/json; charset=utf-8" };
  return new Response(text, { status: 200, headers: { ...headers, ...type } });
}

export function problem(status: number, detail: string, extensions: ProblemExtensions, headers: Record<string, string> = {}): Response {
  return problemResponse(status, detail, extensions, { ...CORS_HEADERS, "Cache-Control": "no-store", ...headers });
}
