import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/auth/config";

// The worker's credential for the app's internal routes: derived from the session secret both
// processes already hold, for one purpose only, so it is neither a second secret to manage nor
// usable as a session key.
const PURPOSE = "cache-invalidation";

/** Where the internal routes live; nginx does not pass it from outside. */
export const INTERNAL_API_PREFIX = "/api/intern/";

/** The address a refused internal request is rewritten to: answered like any unknown address. */
export const INTERNAL_REFUSED_PATH = `${INTERNAL_API_PREFIX}-`;

export function internalToken(): string {
  return createHmac("sha256", authSecret()).update(PURPOSE).digest("base64url");
}

/** Constant-time check of an Authorization header ("Bearer <token>"). */
export function isInternalRequest(authorization: string | null): boolean {
  if (!authorization?.startsWith("Bearer ")) return false;
  // Hashing first gives both sides the same length, which timingSafeEqual needs.
  const given = createHash("sha256").update(authorization.slice(7)).digest();
  const expected = createHash("sha256").update(internalToken()).digest();
  return timingSafeEqual(given, expected);
}
