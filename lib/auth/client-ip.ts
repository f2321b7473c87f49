/**
 * The client address for rate limiting. Assumes a reverse proxy (or Next itself) that sets
 * X-Forwarded-For with the real client first and drops what the client sent; without one, a
 * client could pick its own address and only the per-account limit would still hold.
 */
export function clientIpFrom(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
