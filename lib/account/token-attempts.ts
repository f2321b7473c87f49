import "server-only";
import { bucketKey, hit, refund, type Limit } from "@/lib/rate-limit/bucket";

// Using a link token (password reset, invitation) without a valid token: 10 per client in 15
// minutes, then the client is refused for 15 minutes before any lookup. Tokens are unguessable;
// this bounds the load a flood of bogus posts can cause. A valid token gives its attempt back.
export const TOKEN_USE_LIMIT: Limit = { limit: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

const key = (clientIp: string) => bucketKey("token-use-ip", clientIp);

/** Counts the attempt first (atomic); false when the client is over its limit. */
export async function takeTokenAttempt(clientIp: string): Promise<boolean> {
  const { count } = await hit(key(clientIp), TOKEN_USE_LIMIT);
  return count <= TOKEN_USE_LIMIT.limit;
}

export async function refundTokenAttempt(clientIp: string): Promise<void> {
  await refund(key(clientIp), TOKEN_USE_LIMIT);
}
