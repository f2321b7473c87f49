import { env } from "@/lib/env";

/**
 * The key every client shares when its address cannot be trusted: TRUSTED_PROXIES=0, or a proxy
 * that sent no address. Next gives server actions no socket address, and forwarded headers without
 * a proxy in front are whatever the client wrote; so all such requests count as one client. The
 * per-client limits then hold for all of them together (safe against guessing, but strangers can
 * exhaust them for everybody): behind a reverse proxy, set TRUSTED_PROXIES (docs/accounts.md).
 */
export const UNKNOWN_CLIENT = "unknown-client";

/**
 * The client address for rate limiting. Each trusted proxy appends the address it saw to
 * X-Forwarded-For, so with N proxies the N-th entry from the right is the one the outermost proxy
 * wrote; everything left of it came from the client and is ignored. X-Real-IP is not read: a
 * proxy that does not set it passes the client's own through.
 */
export function clientIpFrom(headers: Pick<Headers, "get">, trustedProxies = env.TRUSTED_PROXIES): string {
  if (trustedProxies < 1) return UNKNOWN_CLIENT;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return UNKNOWN_CLIENT;
  // Fewer entries than proxies: each was written by one of them, the leftmost by the outermost.
  return entries[Math.max(entries.length - trustedProxies, 0)]!;
}
